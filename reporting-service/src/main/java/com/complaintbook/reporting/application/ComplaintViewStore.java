package com.complaintbook.reporting.application;

import com.complaintbook.reporting.domain.ComplaintViewChange;

/** Where complaint views are written. */
public interface ComplaintViewStore {

    /**
     * Applies {@code change} to its complaint's view, creating the view if there is none, in one
     * atomic step and only if the view's last sequence is lower than the change's.
     *
     * @return {@code true} if the view changed, {@code false} if it had already seen this sequence
     * @throws ReferenceTakenException when the change gives the view a reference another complaint's
     *                                 view already has
     */
    boolean applyIfNewer(ComplaintViewChange change);
}
