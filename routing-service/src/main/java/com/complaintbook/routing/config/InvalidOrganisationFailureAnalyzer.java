package com.complaintbook.routing.config;

import com.complaintbook.routing.domain.InvalidOrganisationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.util.stream.Collectors;

/**
 * Turns a refused organisation into a startup report that lists each problem on its own line,
 * instead of a bean-creation stack trace.
 */
class InvalidOrganisationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidOrganisationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidOrganisationException cause) {
        String problems = cause.problems().stream()
                .map(problem -> "    - " + problem)
                .collect(Collectors.joining(System.lineSeparator()));
        return new FailureAnalysis(
                "The organisation configured under complaintbook.routing is invalid:"
                        + System.lineSeparator() + problems,
                "Fix complaintbook.routing.employees, complaintbook.routing.responsibilities or "
                        + "complaintbook.routing.default-assignee so that every manager and responsible employee "
                        + "exists, exactly one employee has no manager, and no manager chain loops.",
                cause);
    }
}
