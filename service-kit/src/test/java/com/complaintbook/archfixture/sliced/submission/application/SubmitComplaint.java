package com.complaintbook.archfixture.sliced.submission.application;

import com.complaintbook.archfixture.sliced.complaint.domain.Complaint;

import java.util.function.Consumer;

public class SubmitComplaint {
    private final Consumer<Complaint> store;

    public SubmitComplaint(Consumer<Complaint> store) {
        this.store = store;
    }

    public void submit(String id) {
        store.accept(new Complaint(id));
    }
}
