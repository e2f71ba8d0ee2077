package com.complaintbook.routing.domain;

import java.util.Collection;
import java.util.Map;

/**
 * What a group's members are busy with, for sharing the group's complaints: open-complaint counts
 * and round-robin tickets. Shared by every routing instance, so the store behind it is too.
 */
public interface Workloads {

    /**
     * How many complaints currently assigned to each of the people are still open, asked for a whole
     * group at once so that a decision costs one look at the store, not one per member.
     *
     * @return every person asked about, with 0 for those who have none open
     */
    Map<String, Long> openComplaints(Collection<String> personIds);

    /**
     * Atomically takes the group's next ticket (0, 1, 2, ...): concurrent callers, in this instance
     * or another, never get the same one.
     */
    long nextTicket(String groupId);
}
