package com.complaintbook.intake.submission.application;

/** What a submitter learns: the complaint, and the reference its customer will quote. */
public record SubmissionReceipt(String complaintId, String reference) {
}
