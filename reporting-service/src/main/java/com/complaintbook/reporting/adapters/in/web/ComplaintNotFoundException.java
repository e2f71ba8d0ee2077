package com.complaintbook.reporting.adapters.in.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/**
 * No event of the requested complaint has been projected: it does not exist, or not yet here. The
 * problem names what was asked for, the id or the reference, under its own property.
 */
class ComplaintNotFoundException extends ErrorResponseException {

    private ComplaintNotFoundException(ProblemDetail problem) {
        super(HttpStatus.NOT_FOUND, problem, null);
    }

    static ComplaintNotFoundException withId(String complaintId) {
        return new ComplaintNotFoundException(problem("id", "complaintId", complaintId));
    }

    static ComplaintNotFoundException withReference(String reference) {
        return new ComplaintNotFoundException(problem("reference", "reference", reference));
    }

    private static ProblemDetail problem(String named, String property, String value) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No complaint with " + named + " " + value + " is known to reporting.");
        problem.setTitle("Complaint not found");
        problem.setType(URI.create("urn:complaint-book:problem:complaint-not-found"));
        problem.setProperty(property, value);
        return problem;
    }
}
