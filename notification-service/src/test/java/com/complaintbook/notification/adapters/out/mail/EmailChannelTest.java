package com.complaintbook.notification.adapters.out.mail;

import com.complaintbook.contracts.Language;
import com.complaintbook.notification.application.Letter;
import com.complaintbook.notification.application.OutgoingMessage;
import com.complaintbook.notification.domain.DeliveryKey;
import com.complaintbook.notification.domain.Purpose;
import com.complaintbook.notification.domain.Recipient;
import jakarta.mail.Address;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How the relay's answers about single letters become failures the listener can tell apart. */
class EmailChannelTest {

    @Test
    void aRecipientTheRelayRefusesForGoodFailsWithARefusalAndATemporaryOneWithAnOrdinaryFailure() throws Exception {
        Address unknown = new InternetAddress("nobody@example.com");
        Address busy = new InternetAddress("busy@example.com");
        RelayAnswering relay = new RelayAnswering();
        try (EmailChannel channel = new EmailChannel(relay, "complaints@retail.example", 100, 1)) {
            List<PreparedEmail> batch = List.of(channel.prepare(message("ev-1", "nobody@example.com")),
                    channel.prepare(message("ev-2", "busy@example.com")), channel.prepare(message("ev-3", "olena@example.com")));
            // What JavaMail reports for RCPT answered 550 (invalid) and 452 (valid, unsent).
            relay.failed.put(batch.get(0).mime(), new SendFailedException("550 no such mailbox", null,
                    new Address[0], new Address[0], new Address[] {unknown}));
            relay.failed.put(batch.get(1).mime(), new SendFailedException("452 try later", null,
                    new Address[0], new Address[] {busy}, new Address[0]));

            Map<DeliveryKey, RuntimeException> failures = channel.send(batch);

            assertThat(failures).containsOnlyKeys(batch.get(0).key(), batch.get(1).key());
            assertThat(failures.get(batch.get(0).key())).isInstanceOf(RecipientRefusedException.class);
            assertThat(failures.get(batch.get(1).key())).isExactlyInstanceOf(MailSendException.class);
        }
    }

    private static OutgoingMessage message(String eventId, String to) {
        return new OutgoingMessage(new DeliveryKey(eventId, Purpose.COMPLAINT_RECEIVED, to), new Recipient("Olena", to),
                new Letter("Ваше звернення отримано", "Дякуємо.", Language.UK));
    }

    /** A sender whose relay takes every message except those it is told to refuse, as JavaMailSenderImpl reports them. */
    private static final class RelayAnswering extends JavaMailSenderImpl {

        final Map<Object, Exception> failed = new LinkedHashMap<>();

        @Override
        protected void doSend(MimeMessage[] mimeMessages, Object[] originalMessages) {
            Map<Object, Exception> refused = new LinkedHashMap<>();
            for (MimeMessage message : mimeMessages) {
                if (failed.containsKey(message)) {
                    refused.put(message, failed.get(message));
                }
            }
            if (!refused.isEmpty()) {
                throw new MailSendException(refused);
            }
        }
    }
}
