package com.complaintbook.notification.adapters.out.mail;

import com.complaintbook.notification.application.MessageChannel;
import com.complaintbook.notification.application.OutgoingMessage;
import com.complaintbook.notification.domain.DeliveryKey;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sends letters as e-mail, many over one SMTP connection. A message that cannot even be written (an
 * address that is not one) fails with {@link MailPreparationException}, which no retry can cure; a
 * relay that refuses or is away fails with another {@link MailException}, which a retry may.
 */
public class EmailChannel implements MessageChannel<PreparedEmail> {

    private final JavaMailSender mail;
    private final InternetAddress from;
    private final String messageIdDomain;
    private final int messagesPerConnection;

    /**
     * @param mail                  the configured SMTP sender
     * @param from                  the sender address, optionally with a display name; its domain
     *                              names the Message-IDs
     * @param messagesPerConnection how many messages one SMTP connection carries at most, for relays
     *                              that end a session after so many
     */
    public EmailChannel(JavaMailSender mail, String from, int messagesPerConnection) {
        if (messagesPerConnection < 1) {
            throw new IllegalArgumentException("a connection must carry at least one message");
        }
        this.mail = mail;
        this.from = sender(from);
        this.messageIdDomain = this.from.getAddress().substring(this.from.getAddress().indexOf('@') + 1);
        this.messagesPerConnection = messagesPerConnection;
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public PreparedEmail prepare(OutgoingMessage message) {
        String messageId = message.key().messageId(messageIdDomain);
        MimeMessage mime = mail.createMimeMessage();
        try {
            MimeMessageHelper letter = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
            letter.setFrom(from);
            letter.setTo(recipient(message));
            letter.setSubject(message.letter().subject());
            letter.setText(message.letter().body());
            mime.setHeader("Content-Language", message.letter().language().name().toLowerCase(Locale.ROOT));
            // JavaMailSenderImpl keeps a Message-ID set before sending instead of generating a random one.
            mime.setHeader("Message-ID", messageId);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("Could not write the e-mail for delivery " + message.key().id(), e);
        }
        return new PreparedEmail(message.key(), messageId, mime);
    }

    @Override
    public Map<DeliveryKey, RuntimeException> send(List<PreparedEmail> messages) {
        Map<DeliveryKey, RuntimeException> failures = new HashMap<>();
        for (int first = 0; first < messages.size(); first += messagesPerConnection) {
            failures.putAll(sendOverOneConnection(messages.subList(first,
                    Math.min(first + messagesPerConnection, messages.size()))));
        }
        return failures;
    }

    // JavaMailSender sends an array over one connection, carries on past a message the relay refuses,
    // and names each message that did not leave, all of them when the connection could not be opened.
    // A failure that names none says too little to tell which left: every message then counts as
    // failed, as a repeat with the same Message-ID beats a lost letter. So does any other failure
    // (credentials refused), which comes before the first message.
    private Map<DeliveryKey, RuntimeException> sendOverOneConnection(List<PreparedEmail> messages) {
        try {
            mail.send(messages.stream().map(PreparedEmail::mime).toArray(MimeMessage[]::new));
            return Map.of();
        } catch (MailSendException e) {
            return e.getFailedMessages().isEmpty() ? allFailed(messages, e) : named(messages, e.getFailedMessages());
        } catch (MailException e) {
            return allFailed(messages, e);
        }
    }

    private static Map<DeliveryKey, RuntimeException> named(List<PreparedEmail> messages, Map<Object, Exception> failed) {
        Map<DeliveryKey, RuntimeException> failures = new HashMap<>();
        for (PreparedEmail message : messages) {
            Exception cause = failed.get(message.mime());
            if (cause != null) {
                failures.put(message.key(), new MailSendException(
                        "The relay did not take the e-mail for delivery " + message.key().id() + ": " + cause, cause));
            }
        }
        return failures;
    }

    private static Map<DeliveryKey, RuntimeException> allFailed(List<PreparedEmail> messages, MailException failure) {
        Map<DeliveryKey, RuntimeException> failures = new HashMap<>();
        messages.forEach(message -> failures.put(message.key(), failure));
        return failures;
    }

    private static InternetAddress recipient(OutgoingMessage message) throws AddressException, UnsupportedEncodingException {
        InternetAddress to = new InternetAddress(message.to().address(), true);
        if (message.to().name() != null && !message.to().name().isBlank()) {
            to.setPersonal(message.to().name(), StandardCharsets.UTF_8.name());
        }
        return to;
    }

    private static InternetAddress sender(String configured) {
        try {
            InternetAddress[] parsed = InternetAddress.parse(configured, true);
            if (parsed.length != 1 || parsed[0].getAddress().indexOf('@') < 1) {
                throw new IllegalArgumentException("complaintbook.notification.mail-from must be one address: " + configured);
            }
            return parsed[0];
        } catch (AddressException e) {
            throw new IllegalArgumentException("complaintbook.notification.mail-from is not an address: " + configured, e);
        }
    }
}
