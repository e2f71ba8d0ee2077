package com.complaintbook.intake.domain;

/**
 * The aggregate refused a command because it is not allowed in the complaint's current state. The
 * refusal is final: sending the same command again gets the same answer.
 */
public class ComplaintStepRefused extends RuntimeException {

    private final String complaintId;

    public ComplaintStepRefused(String complaintId, String reason) {
        super("Complaint " + complaintId + ": " + reason);
        this.complaintId = complaintId;
    }

    public String complaintId() {
        return complaintId;
    }
}
