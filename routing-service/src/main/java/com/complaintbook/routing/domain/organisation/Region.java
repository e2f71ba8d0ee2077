package com.complaintbook.routing.domain.organisation;

import com.complaintbook.contracts.LocalizedText;

/**
 * A group of stores under one manager.
 *
 * @param id       stable id
 * @param name     display name
 * @param division the division it belongs to, or {@code null} where there are none
 * @param manager  the position that manages it
 */
public record Region(String id, LocalizedText name, String division, String manager) {
}
