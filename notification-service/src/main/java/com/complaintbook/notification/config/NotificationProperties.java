package com.complaintbook.notification.config;

import com.complaintbook.contracts.Language;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.ZoneId;

/**
 * What the letters say and where they come from.
 *
 * @param staffLanguage the language employees and managers are written to in
 * @param deadlineZone  the time zone deadlines are shown in
 * @param mailFrom      the sender of every e-mail, optionally with a display name, e.g.
 *                      {@code Complaint Book <complaints@retail.example>}; its domain also names
 *                      the Message-IDs
 * @see CustomerLinkProperties the links in customers' letters
 */
@Validated
@ConfigurationProperties("complaintbook.notification")
public record NotificationProperties(
        @NotNull @DefaultValue("en") Language staffLanguage,
        @NotNull @DefaultValue("Europe/Kyiv") ZoneId deadlineZone,
        @NotBlank @DefaultValue("complaints@retail.example") String mailFrom) {
}
