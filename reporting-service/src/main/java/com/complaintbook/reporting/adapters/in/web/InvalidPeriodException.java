package com.complaintbook.reporting.adapters.in.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** A report period whose start is not before its end. */
class InvalidPeriodException extends ErrorResponseException {

    InvalidPeriodException(String detail) {
        super(HttpStatus.BAD_REQUEST, problem(detail), null);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid period");
        problem.setType(URI.create("urn:complaint-book:problem:invalid-period"));
        return problem;
    }
}
