package com.complaintbook.reporting.application;

import com.complaintbook.reporting.domain.ComplaintViewChange;

import java.util.List;

/** Where complaint views are written. */
public interface ComplaintViewStore {

    /**
     * Applies each change to its complaint's view, creating the view if there is none, each in one
     * atomic step and only if the view's last sequence is lower than the change's. Changes of one
     * complaint are applied in the order given.
     *
     * @return one result per change, in the order given: {@code APPLIED} if the view changed,
     *         {@code ALREADY_APPLIED} if it had already seen that sequence, or {@code REFUSED} with a
     *         {@link ReferenceTakenException} when the change gives the view a reference another
     *         complaint's view already has
     * @throws PartlyAppliedException when the store fails part-way, with the results of the leading
     *                                changes that are done
     */
    List<ProjectionResult> applyIfNewer(List<ComplaintViewChange> changes);
}
