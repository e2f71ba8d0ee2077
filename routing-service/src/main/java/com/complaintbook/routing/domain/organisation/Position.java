package com.complaintbook.routing.domain.organisation;

/**
 * A place in the chart. Complaints climb from position to position, so the chain survives people
 * joining and leaving; who holds a position at a moment decides who is assigned.
 *
 * @param id         stable id, e.g. {@code kyiv-001-manager}
 * @param title      what the position is called, e.g. "Store manager, Kyiv Khreshchatyk"
 * @param department the department it belongs to, or {@code null}
 * @param holder     the person holding it, or {@code null} while it is vacant
 * @param reportsTo  the position above it; {@code null} for the one top position (the CEO)
 * @param actingId   who stands in while it is vacant, or {@code null} to skip to the position above
 */
public record Position(String id, String title, String department, String holder, String reportsTo, String actingId) {

    public boolean isTop() {
        return reportsTo == null;
    }

    public boolean isVacant() {
        return holder == null;
    }
}
