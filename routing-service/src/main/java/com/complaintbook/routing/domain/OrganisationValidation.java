package com.complaintbook.routing.domain;

import com.complaintbook.routing.domain.organisation.Organisation;

import java.util.List;

/** Placeholder with routing-domain's signature; replaced when that branch is merged. */
public final class OrganisationValidation {

    private OrganisationValidation() {
    }

    public static List<String> problems(Organisation organisation) {
        throw new UnsupportedOperationException("routing-domain not merged yet");
    }
}
