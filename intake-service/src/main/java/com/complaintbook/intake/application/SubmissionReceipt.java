package com.complaintbook.intake.application;

/** What a submitter learns: the complaint, and the reference its customer will quote. */
public record SubmissionReceipt(String complaintId, String reference) {
}
