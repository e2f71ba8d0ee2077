package com.complaintbook.intake.domain;

/**
 * Someone tried to act on a complaint they are not responsible for: only the current assignee and
 * the managers above them may answer or reject it.
 */
public class ComplaintActionForbidden extends RuntimeException {

    public ComplaintActionForbidden(String complaintId, String staffId) {
        super(staffId + " is neither responsible for complaint " + complaintId + " nor above who is");
    }
}
