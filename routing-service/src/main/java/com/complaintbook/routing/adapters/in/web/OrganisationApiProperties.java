package com.complaintbook.routing.adapters.in.web;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The organisation admin API's limits.
 *
 * @param maxDocumentSize the largest organisation document an import takes; larger ones are refused
 *                        with 413 before they are read. 5 MB holds tens of thousands of employees.
 */
@Validated
@ConfigurationProperties("complaintbook.routing.organisation-api")
public record OrganisationApiProperties(@NotNull @DefaultValue("5MB") DataSize maxDocumentSize) {
}
