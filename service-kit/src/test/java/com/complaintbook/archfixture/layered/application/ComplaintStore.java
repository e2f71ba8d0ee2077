package com.complaintbook.archfixture.layered.application;

import com.complaintbook.archfixture.layered.domain.Complaint;

public interface ComplaintStore {
    void save(Complaint complaint);
}
