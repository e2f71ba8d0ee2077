package com.complaintbook.intake.submission.adapters.in.web;

import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.Set;

/**
 * The stores and categories a submission may name. A submission naming another is refused with 422:
 * it is well-formed but cannot be routed to anyone.
 */
@Validated
@ConfigurationProperties("complaintbook.intake.catalogue")
public record CatalogueProperties(@NotEmpty Set<String> stores, @NotEmpty Set<String> categories) {
}
