package com.complaintbook.contracts;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The language a customer is written to in, as an ISO 639-1 code on the wire. */
public enum Language {
    @JsonProperty("ru") RU,
    @JsonProperty("uk") UK,
    @JsonProperty("en") EN
}
