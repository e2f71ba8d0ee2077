package com.complaintbook.archfixture.sliced.submission.adapters.out.store;

import com.complaintbook.archfixture.sliced.complaint.domain.Complaint;

import java.util.function.Consumer;

public class SubmissionStore implements Consumer<Complaint> {
    @Override
    public void accept(Complaint complaint) {
    }
}
