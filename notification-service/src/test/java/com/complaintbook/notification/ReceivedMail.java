package com.complaintbook.notification;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;

/** What a test SMTP server received, read as the tests ask about it. */
final class ReceivedMail {

    private ReceivedMail() {
    }

    /** Every letter {@code server} received for a recipient whose address contains {@code address}. */
    static List<MimeMessage> to(GreenMail server, String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(mail -> isTo(mail, address)).toList();
    }

    static boolean isTo(MimeMessage mail, String address) {
        try {
            Address[] recipients = mail.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(to -> to.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String messageIdOf(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
