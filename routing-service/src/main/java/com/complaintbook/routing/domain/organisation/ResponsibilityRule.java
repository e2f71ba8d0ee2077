package com.complaintbook.routing.domain.organisation;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ComplaintKind;

/**
 * Who takes complaints that match. A {@code null} field matches anything.
 *
 * @param id       a name for the rule, shown in decisions and the chart API; optional
 * @param kind     complaint or suggestion
 * @param category the category
 * @param store    the store
 * @param region   the store's region
 * @param channel  terminal or website
 * @param target   who takes them
 */
public record ResponsibilityRule(String id, ComplaintKind kind, String category, String store, String region,
                                 Channel channel, Target target) {
}
