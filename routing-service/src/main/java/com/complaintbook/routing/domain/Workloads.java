package com.complaintbook.routing.domain;

/**
 * What a group's members are busy with, for sharing the group's complaints: open-complaint counts
 * and round-robin tickets. Shared by every routing instance, so the store behind it is too.
 */
public interface Workloads {

    /** How many complaints currently assigned to the person are still open. */
    long openComplaints(String personId);

    /**
     * Atomically takes the group's next ticket (0, 1, 2, ...): concurrent callers, in this instance
     * or another, never get the same one.
     */
    long nextTicket(String groupId);
}
