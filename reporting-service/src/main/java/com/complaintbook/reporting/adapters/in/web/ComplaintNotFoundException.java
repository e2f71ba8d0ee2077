package com.complaintbook.reporting.adapters.in.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** No event of the requested complaint has been projected: it does not exist, or not yet here. */
class ComplaintNotFoundException extends ErrorResponseException {

    ComplaintNotFoundException(String complaintId) {
        super(HttpStatus.NOT_FOUND, problem(complaintId), null);
    }

    private static ProblemDetail problem(String complaintId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No complaint with id " + complaintId + " is known to reporting.");
        problem.setTitle("Complaint not found");
        problem.setType(URI.create("urn:complaint-book:problem:complaint-not-found"));
        problem.setProperty("complaintId", complaintId);
        return problem;
    }
}
