package com.complaintbook.routing.application;

/** Decisions handed to the transport and not yet known to be safe. */
public interface Publication {

    /**
     * Returns once the transport has durably accepted every decision of the publication. One
     * deadline covers all of them together.
     *
     * @throws AssignmentsNotPublishedException when a decision was not accepted in time; it tells how
     *                                          many decisions, from the first, were
     */
    void await();
}
