package com.complaintbook.intake.staff.adapters.in.web;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/** @param window how long after an answer or rejection the customer may say it did not satisfy them */
@Validated
@ConfigurationProperties("complaintbook.intake.appeal")
public record AppealProperties(@NotNull Duration window) {
}
