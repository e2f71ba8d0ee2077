package com.complaintbook.routing.domain.organisation;

import com.complaintbook.contracts.LocalizedText;

/**
 * A store.
 *
 * @param id       stable id, the one terminals and submissions name
 * @param name     display name
 * @param address  its address as customers know it
 * @param region   the region it belongs to
 * @param manager  the position that manages it
 * @param timeZone its IANA time zone, e.g. {@code Europe/Kyiv}
 * @param calendar the business calendar it keeps
 */
public record Store(String id, LocalizedText name, LocalizedText address, String region, String manager,
                    String timeZone, String calendar) {
}
