package com.complaintbook.routing.domain;

import java.util.List;
import java.util.Set;

/** Placeholder with routing-domain's signature; replaced when that branch is merged. */
public record ClimbingComplaint(RoutableComplaint complaint, int toLevel, String previousAssigneeId,
                                String previousPositionId, List<String> positionsAbove, Set<String> handlerIds) {
}
