package com.complaintbook.archfixture.sliced.complaint.domain;

public record Complaint(String id) {
}
