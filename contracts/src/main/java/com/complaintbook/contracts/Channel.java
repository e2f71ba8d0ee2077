package com.complaintbook.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where the customer wrote it. */
public enum Channel {
    @JsonProperty("terminal") TERMINAL,
    @JsonProperty("website") WEBSITE
}
