package com.complaintbook.routing.domain;

import java.time.Instant;

/** Placeholder with routing-domain's signature; replaced when that branch is merged. */
public final class Router {

    private final Workloads workloads;

    public Router(Workloads workloads) {
        this.workloads = workloads;
    }

    public Assignment firstAssignment(OrganisationVersion org, SlaPolicy sla, RoutableComplaint complaint, Instant at) {
        throw new UnsupportedOperationException("routing-domain not merged yet");
    }

    public Assignment escalatedAssignment(OrganisationVersion org, SlaPolicy sla, ClimbingComplaint complaint,
                                          Instant at) {
        throw new UnsupportedOperationException("routing-domain not merged yet");
    }
}
