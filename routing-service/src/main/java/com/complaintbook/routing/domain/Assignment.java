package com.complaintbook.routing.domain;

import java.time.Instant;
import java.util.List;

/** Placeholder with routing-domain's signature; replaced when that branch is merged. */
public record Assignment(int level, Employee assignee, String positionId, List<Employee> managers,
                         List<String> managerPositionIds, Instant deadline, String via) {
}
