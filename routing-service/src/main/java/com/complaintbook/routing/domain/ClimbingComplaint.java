package com.complaintbook.routing.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A complaint that must go up one level: who handled it last, where they stood then, and everyone
 * who ever handled it. Where they stood is remembered because the chart may have changed since.
 *
 * @param complaint          the complaint
 * @param toLevel            the level it climbs to
 * @param previousAssigneeId who handled it last
 * @param previousPositionId the position they answered from, or {@code null} when not known
 * @param positionsAbove     the positions above that one at the time, nearest first; may be empty
 * @param handlerIds         every earlier assignee, including the previous one; none of them is
 *                           picked again
 */
public record ClimbingComplaint(RoutableComplaint complaint, int toLevel, String previousAssigneeId,
                                String previousPositionId, List<String> positionsAbove, Set<String> handlerIds) {

    public ClimbingComplaint {
        Objects.requireNonNull(complaint, "complaint");
        Objects.requireNonNull(previousAssigneeId, "previousAssigneeId");
        positionsAbove = positionsAbove == null ? List.of() : List.copyOf(positionsAbove);
        handlerIds = handlerIds == null ? Set.of() : Set.copyOf(handlerIds);
    }
}
