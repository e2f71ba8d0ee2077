package com.complaintbook.notification.adapters.out.mail;

import com.complaintbook.notification.application.MessageChannel;
import com.complaintbook.notification.application.OutgoingMessage;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Sends letters as e-mail. A message that cannot even be written (an address that is not one) fails
 * with {@link MailPreparationException}, which no retry can cure; a relay that refuses or is away
 * fails with another {@link org.springframework.mail.MailException}, which a retry may.
 */
public class EmailChannel implements MessageChannel {

    private final JavaMailSender mail;
    private final InternetAddress from;
    private final String messageIdDomain;

    /**
     * @param mail the configured SMTP sender
     * @param from the sender address, optionally with a display name; its domain names the Message-IDs
     */
    public EmailChannel(JavaMailSender mail, String from) {
        this.mail = mail;
        this.from = sender(from);
        this.messageIdDomain = this.from.getAddress().substring(this.from.getAddress().indexOf('@') + 1);
    }

    @Override
    public String name() {
        return "email";
    }

    @Override
    public String send(OutgoingMessage message) {
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
        mail.send(mime);
        return messageId;
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
