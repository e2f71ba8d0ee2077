package com.complaintbook.intake.web.adapters.in.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.List;

/** Refusals as RFC 9457 problem details, rendered by Spring's problem-details support. */
public final class Problems {

    private Problems() {
    }

    public static ErrorResponseException of(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }

    public static ErrorResponseException invalid(HttpStatus status, String title, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                String.join(", ", errors.stream().map(error -> error.field() + " " + error.message()).toList()));
        problem.setTitle(title);
        problem.setProperty("errors", errors);
        return new ErrorResponseException(status, problem, null);
    }

    /** One wrong field, by its JSON path (or header name), and what is wrong with it. */
    public record FieldProblem(String field, String message) {
    }
}
