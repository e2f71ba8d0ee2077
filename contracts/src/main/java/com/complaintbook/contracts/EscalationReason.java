package com.complaintbook.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Why a complaint climbed one level up the org chart. */
public enum EscalationReason {
    @JsonProperty("deadline-missed") DEADLINE_MISSED,
    @JsonProperty("customer-not-satisfied") CUSTOMER_NOT_SATISFIED
}
