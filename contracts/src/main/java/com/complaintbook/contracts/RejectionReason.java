package com.complaintbook.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why a complaint was rejected rather than answered. */
public enum RejectionReason {
    @JsonProperty("spam") SPAM,
    @JsonProperty("duplicate") DUPLICATE,
    @JsonProperty("not-ours") NOT_OURS,
    @JsonProperty("abusive") ABUSIVE,
    @JsonProperty("other") OTHER
}
