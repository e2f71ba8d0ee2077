package com.complaintbook.notification.adapters.out.mail;

import com.complaintbook.notification.application.MessageChannel;
import com.complaintbook.notification.application.OutgoingMessage;
import com.complaintbook.notification.domain.DeliveryKey;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends letters as e-mail, many over each SMTP connection and over a few connections at once. A
 * message that cannot even be written (an address that is not one) fails with
 * {@link MailPreparationException}, which no retry can cure; a relay that refuses or is away fails
 * with another {@link MailException}, which a retry may.
 *
 * <p>SMTP answers every command before the next is sent: a message costs four or five round trips
 * (MAIL, RCPT, DATA, the body, and the NOOP with which JavaMail checks the connection), and over
 * one connection the acknowledgements of a 100,000-complaint benchmark fell minutes behind. The letters of one send are independent of each other (the caller sends a second
 * letter to the same person about the same complaint only after the first), so they are shared out
 * over {@code connections} connections in parallel.
 */
public class EmailChannel implements MessageChannel<PreparedEmail>, AutoCloseable {

    private final JavaMailSender mail;
    private final InternetAddress from;
    private final String messageIdDomain;
    private final int messagesPerConnection;
    private final int connections;
    private final ExecutorService senders;

    /**
     * @param mail                  the configured SMTP sender
     * @param from                  the sender address, optionally with a display name; its domain
     *                              names the Message-IDs
     * @param messagesPerConnection how many messages one SMTP connection carries at most, for relays
     *                              that end a session after so many
     * @param connections           how many connections one send opens at most at the same time
     */
    public EmailChannel(JavaMailSender mail, String from, int messagesPerConnection, int connections) {
        if (messagesPerConnection < 1) {
            throw new IllegalArgumentException("a connection must carry at least one message");
        }
        if (connections < 1) {
            throw new IllegalArgumentException("letters need at least one connection");
        }
        this.mail = mail;
        this.from = sender(from);
        this.messageIdDomain = this.from.getAddress().substring(this.from.getAddress().indexOf('@') + 1);
        this.messagesPerConnection = messagesPerConnection;
        this.connections = connections;
        AtomicInteger threads = new AtomicInteger();
        this.senders = Executors.newFixedThreadPool(connections, work -> {
            Thread thread = new Thread(work, "smtp-sender-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
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
        if (messages.isEmpty()) {
            return Map.of();
        }
        List<List<PreparedEmail>> shares = shares(messages);
        if (shares.size() == 1) {
            return sendOverOneConnection(shares.get(0));
        }
        List<CompletableFuture<Map<DeliveryKey, RuntimeException>>> sending = shares.stream()
                .map(share -> CompletableFuture.supplyAsync(() -> sendOverOneConnection(share), senders))
                .toList();
        Map<DeliveryKey, RuntimeException> failures = new HashMap<>();
        for (CompletableFuture<Map<DeliveryKey, RuntimeException>> share : sending) {
            try {
                failures.putAll(share.join());
            } catch (CompletionException unexpected) {
                throw unexpected.getCause() instanceof RuntimeException cause ? cause : unexpected;
            }
        }
        return failures;
    }

    /** The messages in consecutive shares, as even as the connections allow, none above a connection's limit. */
    List<List<PreparedEmail>> shares(List<PreparedEmail> messages) {
        int perShare = Math.max(1, Math.min(messagesPerConnection, ceilDivide(messages.size(), connections)));
        List<List<PreparedEmail>> shares = new ArrayList<>();
        for (int first = 0; first < messages.size(); first += perShare) {
            shares.add(messages.subList(first, Math.min(first + perShare, messages.size())));
        }
        return shares;
    }

    private static int ceilDivide(int dividend, int divisor) {
        return (dividend + divisor - 1) / divisor;
    }

    @Override
    public void close() {
        senders.shutdown();
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
                failures.put(message.key(), refusedForGood(cause)
                        ? new RecipientRefusedException("The relay refused the recipient of delivery " + message.key().id()
                                + " for good: " + cause, cause)
                        : new MailSendException("The relay did not take the e-mail for delivery " + message.key().id()
                                + ": " + cause, cause));
            }
        }
        return failures;
    }

    // JavaMail lists a recipient the relay answered with 5xx as invalid; one it answered with 4xx (try
    // later) as valid but unsent, which stays a failure worth retrying.
    private static boolean refusedForGood(Exception cause) {
        return cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                && refused.getInvalidAddresses().length > 0;
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
