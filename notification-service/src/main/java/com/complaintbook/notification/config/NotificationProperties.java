package com.complaintbook.notification.config;

import com.complaintbook.contracts.Language;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.ZoneId;

/**
 * What the letters say, where they come from and how they leave.
 *
 * @param staffLanguage         the language employees and managers are written to in
 * @param deadlineZone          the time zone deadlines are shown in
 * @param mailFrom              the sender of every e-mail, optionally with a display name, e.g.
 *                              {@code Complaint Book <complaints@retail.example>}; its domain also
 *                              names the Message-IDs
 * @param messagesPerConnection how many e-mails one SMTP connection carries at most: a batch's
 *                              letters share a connection, and some relays end a session after so
 *                              many messages, failing the next one
 * @param smtpConnections       how many SMTP connections a batch's letters are shared out over at
 *                              the same time; SMTP waits for an answer to every command, so one
 *                              connection carries only so many letters a second
 * @param kafka                 the topics this service declares; consumer retries are the kit's
 *                              ({@code complaintbook.kafka.retry.*})
 * @see CustomerLinkProperties the links in customers' letters
 */
@Validated
@ConfigurationProperties("complaintbook.notification")
public record NotificationProperties(
        @NotNull @DefaultValue("en") Language staffLanguage,
        @NotNull @DefaultValue("Europe/Kyiv") ZoneId deadlineZone,
        @NotBlank @DefaultValue("complaints@retail.example") String mailFrom,
        @Positive @DefaultValue("100") int messagesPerConnection,
        @Positive @DefaultValue("4") int smtpConnections,
        @Valid @DefaultValue Kafka kafka) {

    /**
     * @param partitions partitions of the dead-letter topic, when this service creates it
     * @param replicas   replicas of the dead-letter topic, when this service creates it
     */
    public record Kafka(@Positive @DefaultValue("3") int partitions,
                        @Positive @DefaultValue("1") short replicas) {
    }
}
