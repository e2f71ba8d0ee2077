package com.complaintbook.routing.domain;

import com.complaintbook.contracts.Language;

/** Placeholder with routing-domain's signature; replaced when that branch is merged. */
public record Employee(String id, String name, String email, Language language) {
}
