package com.complaintbook.routing.application;

import com.complaintbook.routing.domain.OrganisationVersion;
import com.complaintbook.routing.domain.SlaPolicy;

/** A version ready to route with: the indexed chart and rules, and the review periods that go with them. */
public record EffectiveOrganisation(StoredVersion stored, OrganisationVersion version, SlaPolicy sla) {
}
