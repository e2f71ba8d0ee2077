package com.complaintbook.notification.adapters.out.mail;

import com.complaintbook.contracts.Language;
import com.complaintbook.notification.application.Letter;
import com.complaintbook.notification.application.OutgoingMessage;
import com.complaintbook.notification.domain.DeliveryKey;
import com.complaintbook.notification.domain.Purpose;
import com.complaintbook.notification.domain.Recipient;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Letters sent a batch at a time to a real SMTP server (GreenMail). */
class EmailChannelIT {

    private final GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @BeforeEach
    void startRelay() {
        smtp.start();
    }

    @AfterEach
    void stopRelay() {
        smtp.stop();
    }

    @Test
    void givenABatch_thenEveryLetterArrivesOnceWithTheMessageIdOfItsDelivery() throws Exception {
        EmailChannel channel = channel(smtp.getSmtp().getPort(), 100);
        List<PreparedEmail> batch = prepared(channel, 5);

        assertThat(channel.send(batch)).isEmpty();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(received[i].getAllRecipients()[0].toString()).isEqualTo("Olena <reader-" + i + "@example.com>");
            assertThat(received[i].getMessageID()).isEqualTo(batch.get(i).channelReference())
                    .isEqualTo(new DeliveryKey("ev-" + i, Purpose.COMPLAINT_RECEIVED, "reader-" + i + "@example.com")
                            .messageId("retail.example"));
        }
    }

    @Test
    void givenMoreLettersThanOneConnectionCarries_thenTheRestGoOverTheNextAndAllArriveInOrder() throws Exception {
        EmailChannel channel = channel(smtp.getSmtp().getPort(), 2);
        List<PreparedEmail> batch = prepared(channel, 5);

        assertThat(channel.send(batch)).isEmpty();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(received[i].getMessageID()).isEqualTo(batch.get(i).channelReference());
        }
    }

    @Test
    void givenAnAddressThatIsNotOne_thenTheLetterCannotBeWritten() {
        EmailChannel channel = channel(smtp.getSmtp().getPort(), 100);

        assertThatThrownBy(() -> channel.prepare(message("ev-1", "olena at example.com")))
                .isInstanceOf(MailPreparationException.class);
    }

    @Test
    void givenTheRelayIsAway_thenEveryLetterFailsAndSaysWhy() {
        EmailChannel channel = channel(portNobodyListensOn(), 2);
        List<PreparedEmail> batch = prepared(channel, 3);

        assertThat(channel.send(batch))
                .containsOnlyKeys(batch.stream().map(PreparedEmail::key).toList())
                .allSatisfy((key, failure) -> assertThat(failure).isInstanceOf(MailSendException.class)
                        .hasMessageContaining(key.id()));
    }

    private static EmailChannel channel(int port, int messagesPerConnection) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return new EmailChannel(sender, "Complaint Book <complaints@retail.example>", messagesPerConnection);
    }

    private static List<PreparedEmail> prepared(EmailChannel channel, int letters) {
        return IntStream.range(0, letters)
                .mapToObj(i -> channel.prepare(message("ev-" + i, "reader-" + i + "@example.com")))
                .toList();
    }

    private static OutgoingMessage message(String eventId, String to) {
        return new OutgoingMessage(new DeliveryKey(eventId, Purpose.COMPLAINT_RECEIVED, to), new Recipient("Olena", to),
                new Letter("Ваше звернення отримано", "Дякуємо.", Language.UK));
    }

    private static int portNobodyListensOn() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
