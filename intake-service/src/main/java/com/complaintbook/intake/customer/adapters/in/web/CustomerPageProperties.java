package com.complaintbook.intake.customer.adapters.in.web;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.ZoneId;

/** @param zone the time zone deadlines are shown in to customers */
@Validated
@ConfigurationProperties("complaintbook.intake.customer-page")
public record CustomerPageProperties(@NotNull ZoneId zone) {
}
