package com.complaintbook.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What became of a suggestion. */
public enum SuggestionOutcome {
    @JsonProperty("accepted") ACCEPTED,
    @JsonProperty("declined") DECLINED,
    @JsonProperty("implemented") IMPLEMENTED
}
