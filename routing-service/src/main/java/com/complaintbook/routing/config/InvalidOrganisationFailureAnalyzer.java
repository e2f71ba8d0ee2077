package com.complaintbook.routing.config;

import com.complaintbook.routing.domain.InvalidOrganisationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.util.stream.Collectors;

/**
 * Turns a refused organisation file into a startup report that lists each problem on its own line,
 * instead of a bean-creation stack trace.
 */
class InvalidOrganisationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidOrganisationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidOrganisationException cause) {
        String problems = cause.problems().stream()
                .map(problem -> "    - " + problem)
                .collect(Collectors.joining(System.lineSeparator()));
        return new FailureAnalysis(
                "The organisation file (complaintbook.routing.organisation.file) is invalid; nothing was imported:"
                        + System.lineSeparator() + problems,
                "Fix the file so that it reads as an organisation document and every problem above is gone, "
                        + "or start without complaintbook.routing.organisation.file and import through "
                        + "PUT /api/v1/organisation.",
                cause);
    }
}
