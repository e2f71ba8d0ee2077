package com.complaintbook.routing.domain.organisation;

import com.complaintbook.contracts.ComplaintKind;

/**
 * The review period for complaints that match. A {@code null} field matches anything.
 *
 * @param kind     complaint or suggestion
 * @param category the category
 * @param priority the category's priority
 * @param level    the first assignment or an escalated one
 * @param period   how much working time the assignee has
 */
public record SlaRule(ComplaintKind kind, String category, Priority priority, ReviewLevel level, BusinessPeriod period) {
}
