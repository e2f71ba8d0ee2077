package com.complaintbook.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why a complaint's life ended. */
public enum ClosureReason {
    /** The customer accepted the answer or rejection. */
    @JsonProperty("accepted-by-customer") ACCEPTED_BY_CUSTOMER,
    /** The top of the chain answered; nothing is above it. */
    @JsonProperty("final-answer") FINAL_ANSWER,
    /** The customer let the appeal window pass without saying they were not satisfied. */
    @JsonProperty("appeal-window-passed") APPEAL_WINDOW_PASSED
}
