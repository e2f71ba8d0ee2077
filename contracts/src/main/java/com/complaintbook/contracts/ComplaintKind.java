package com.complaintbook.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the customer wrote: something that went wrong, or how it should be. */
public enum ComplaintKind {
    @JsonProperty("complaint") COMPLAINT,
    @JsonProperty("suggestion") SUGGESTION
}
