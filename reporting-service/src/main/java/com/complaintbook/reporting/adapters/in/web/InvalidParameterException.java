package com.complaintbook.reporting.adapters.in.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;

/** A query parameter whose value the API cannot use; the problem names the parameter. */
class InvalidParameterException extends ErrorResponseException {

    private final String parameter;

    InvalidParameterException(String parameter, String detail) {
        super(HttpStatus.BAD_REQUEST, problem(parameter, detail), null);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }

    private static ProblemDetail problem(String parameter, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid parameter");
        problem.setType(URI.create("urn:complaint-book:problem:invalid-parameter"));
        problem.setProperty("parameter", parameter);
        return problem;
    }
}
