package com.complaintbook.notification.adapters.out.mail;

import com.complaintbook.contracts.Language;
import com.complaintbook.notification.application.Letter;
import com.complaintbook.notification.application.OutgoingMessage;
import com.complaintbook.notification.domain.DeliveryKey;
import com.complaintbook.notification.domain.Purpose;
import com.complaintbook.notification.domain.Recipient;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
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
import java.util.Arrays;
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
    void givenSeveralConnections_thenTheLettersAreSharedOutAndEachArrivesOnce() throws Exception {
        try (EmailChannel channel = channel(smtp.getSmtp().getPort(), 100, 4)) {
            List<PreparedEmail> batch = prepared(channel, 40);

            assertThat(channel.shares(batch)).hasSize(4).allSatisfy(share -> assertThat(share).hasSize(10));
            assertThat(channel.send(batch)).isEmpty();

            assertThat(Arrays.stream(smtp.getReceivedMessages()).map(EmailChannelIT::messageId))
                    .containsExactlyInAnyOrderElementsOf(batch.stream().map(PreparedEmail::channelReference).toList());
        }
    }

    @Test
    void givenSeveralConnectionsAndTheRelayAway_thenEveryLetterOfEveryShareFails() {
        try (EmailChannel channel = channel(portNobodyListensOn(), 100, 3)) {
            List<PreparedEmail> batch = prepared(channel, 7);

            assertThat(channel.send(batch)).containsOnlyKeys(batch.stream().map(PreparedEmail::key).toList());
        }
    }

    @Test
    void aShareNeverExceedsWhatOneConnectionCarries() {
        try (EmailChannel channel = channel(smtp.getSmtp().getPort(), 3, 2)) {
            assertThat(channel.shares(prepared(channel, 10))).extracting(List::size).containsExactly(3, 3, 3, 1);
            assertThat(channel.shares(prepared(channel, 1))).extracting(List::size).containsExactly(1);
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
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
        return channel(port, messagesPerConnection, 1);
    }

    private static EmailChannel channel(int port, int messagesPerConnection, int connections) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return new EmailChannel(sender, "Complaint Book <complaints@retail.example>", messagesPerConnection, connections);
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
