package com.complaintbook.routing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Who is responsible for a complaint at a level, until when, and who stands above them.
 *
 * @param level    0 for the first assignee, one more for each climb
 * @param assignee who must answer
 * @param managers the assignee's managers, nearest first, up to the CEO; empty for the CEO
 * @param deadline end of the review period
 */
public record Assignment(int level, Employee assignee, List<Employee> managers, Instant deadline) {

    public Assignment {
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(deadline, "deadline");
        managers = List.copyOf(managers);
    }
}
