package com.complaintbook.notification.domain;

/**
 * A complaint at one of its levels. Since a complaint only ever climbs, it names the escalation that
 * brought the complaint there, and so the escalation an assignment at that level follows.
 *
 * @param complaintId the complaint
 * @param level       the level, 0 for the first assignee
 */
public record ComplaintLevel(String complaintId, int level) {
}
