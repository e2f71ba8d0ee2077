package com.complaintbook.escalation.adapters.in.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No event has given the complaint a deadline yet, or the complaint does not exist. */
class DeadlineNotFoundException extends ErrorResponseException {

    DeadlineNotFoundException(String complaintId) {
        super(HttpStatus.NOT_FOUND, problem(complaintId), null);
    }

    private static ProblemDetail problem(String complaintId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No deadline is recorded for complaint " + complaintId);
        problem.setTitle("Deadline not found");
        problem.setProperty("complaintId", complaintId);
        return problem;
    }
}
