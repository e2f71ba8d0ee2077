package com.complaintbook.routing.domain;

import com.complaintbook.contracts.ComplaintKind;

import java.util.Objects;

/**
 * What routing needs to know about a new complaint to decide who answers it and by when. Store is
 * here although today's rules ignore it, so store-specific rules need no new plumbing.
 *
 * @param kind     complaint or suggestion
 * @param storeId  the store it is about
 * @param category what it is about
 */
public record RoutableComplaint(ComplaintKind kind, String storeId, String category) {

    public RoutableComplaint {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(category, "category");
    }
}
