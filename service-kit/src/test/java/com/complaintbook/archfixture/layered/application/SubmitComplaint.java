package com.complaintbook.archfixture.layered.application;

import com.complaintbook.archfixture.layered.domain.Complaint;
import com.complaintbook.contracts.Channel;

public class SubmitComplaint {
    private final ComplaintStore store;

    public SubmitComplaint(ComplaintStore store) {
        this.store = store;
    }

    public void submit(String id) {
        store.save(new Complaint(id, Channel.WEBSITE));
    }
}
