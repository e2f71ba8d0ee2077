package com.complaintbook.reporting.domain;

/**
 * Who must answer a complaint now. Only what a report shows: the work e-mail stays with the
 * services that write to employees.
 *
 * @param id   the employee's id in the org chart
 * @param name display name
 */
public record Assignee(String id, String name) {
}
