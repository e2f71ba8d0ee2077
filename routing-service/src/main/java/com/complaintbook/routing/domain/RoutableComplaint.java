package com.complaintbook.routing.domain;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ComplaintKind;

import java.util.Objects;

/**
 * Everything routing needs to know of a complaint to decide who takes it and by when.
 *
 * @param kind     complaint or suggestion
 * @param channel  terminal or website; {@code null} when not known, which only wildcard rules match
 * @param storeId  the store it is about; one the organisation does not know is routed by the rules
 *                 that name no store, region or store role
 * @param category what it is about
 */
public record RoutableComplaint(ComplaintKind kind, Channel channel, String storeId, String category) {

    public RoutableComplaint {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(category, "category");
    }
}
