package com.complaintbook.routing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Who is responsible for a complaint at a level, until when, who stands above them, and why.
 *
 * @param level              0 for the first assignee, one more for each climb
 * @param assignee           who must answer
 * @param positionId         the position they answer from: their own, or the one they stand in for
 * @param managers           the people a missed deadline climbs to, nearest first; empty exactly when
 *                           nobody eligible stands above, so the complaint is at the top
 * @param managerPositionIds the positions of {@code managers}, in the same order
 * @param deadline           end of the review period
 * @param via                how it was decided: {@code rule:<id>} ({@code rule:#<n>} for the n-th
 *                           rule, counted from 1, when unnamed), {@code default-owner}, {@code climb} or {@code top}
 */
public record Assignment(int level, Employee assignee, String positionId, List<Employee> managers,
                         List<String> managerPositionIds, Instant deadline, String via) {

    public Assignment {
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(via, "via");
        managers = List.copyOf(managers);
        managerPositionIds = List.copyOf(managerPositionIds);
        if (managers.size() != managerPositionIds.size()) {
            throw new IllegalArgumentException("every manager needs a position, got %d managers and %d positions"
                    .formatted(managers.size(), managerPositionIds.size()));
        }
    }

    /** Whether nobody eligible stands above the assignee. */
    public boolean atTheTop() {
        return managers.isEmpty();
    }
}
