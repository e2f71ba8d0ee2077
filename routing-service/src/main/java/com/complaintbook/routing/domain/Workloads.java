package com.complaintbook.routing.domain;

/** Placeholder with routing-domain's signature; replaced when that branch is merged. */
public interface Workloads {
    long openComplaints(String personId);

    long nextTicket(String groupId);
}
