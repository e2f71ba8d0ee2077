package com.complaintbook.routing.domain;

import java.util.List;

/**
 * A version of the organisation does not hang together (see {@link OrganisationValidation}). Every
 * problem found is listed, so one failed start tells the operator everything to fix.
 */
public class InvalidOrganisationException extends RuntimeException {

    private final List<String> problems;

    public InvalidOrganisationException(List<String> problems) {
        super("Invalid organisation: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
