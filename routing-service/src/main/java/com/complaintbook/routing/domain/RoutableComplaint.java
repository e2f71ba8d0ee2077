package com.complaintbook.routing.domain;

import com.complaintbook.contracts.Channel;
import com.complaintbook.contracts.ComplaintKind;

/** Placeholder with routing-domain's signature; replaced when that branch is merged. */
public record RoutableComplaint(ComplaintKind kind, Channel channel, String storeId, String category) {
}
