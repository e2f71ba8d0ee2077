package com.complaintbook.notification.config;

import com.complaintbook.kit.kafka.FailureClassifier;
import com.complaintbook.notification.adapters.out.mail.RecipientRefusedException;
import com.complaintbook.notification.application.DeliveryFailedException;
import com.complaintbook.notification.application.EventFailedException;
import com.complaintbook.notification.domain.DeliveryKey;
import com.complaintbook.notification.domain.Purpose;
import com.mongodb.MongoTimeoutException;
import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

import java.net.ConnectException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kit classifies the failures the listener signals, as the container hands them over, by their
 * causes: a letter that cannot be written is refused; the relay or MongoDB being away is not.
 */
class KafkaConfigurationTest {

    private static final DeliveryKey KEY = new DeliveryKey("ev-1", Purpose.COMPLAINT_RECEIVED, "olena@example.com");

    private final FailureClassifier classifier = new FailureClassifier(new KafkaConfiguration().notificationRefusals());

    @Test
    void aLetterThatCannotBeWrittenIsRefused() {
        MailPreparationException cannotBeWritten = new MailPreparationException("Could not write the e-mail",
                new MessagingException("not an address"));

        assertThat(classifier.refusalIn(asTheContainerHandsItOver(cannotBeWritten))).containsSame(cannotBeWritten);
        // However deep the listener's own wrapping goes.
        assertThat(classifier.isRefused(asTheContainerHandsItOver(
                new EventFailedException(1, new DeliveryFailedException(KEY, cannotBeWritten))))).isTrue();
    }

    @Test
    void aRecipientTheRelayRefusesForGoodIsRefused() {
        RecipientRefusedException noSuchMailbox = new RecipientRefusedException("The relay refused the recipient",
                new MessagingException("550 no such mailbox"));

        assertThat(classifier.isRefused(asTheContainerHandsItOver(
                new EventFailedException(1, new DeliveryFailedException(KEY, noSuchMailbox))))).isTrue();
    }

    @Test
    void aRelayOutageIsNotRefused() {
        MailSendException relayAway = new MailSendException("Mail server connection failed",
                new MessagingException("could not connect", new ConnectException("Connection refused")));

        assertThat(classifier.isRefused(asTheContainerHandsItOver(relayAway))).isFalse();
        assertThat(classifier.isRefused(asTheContainerHandsItOver(
                new EventFailedException(0, new DeliveryFailedException(KEY, relayAway))))).isFalse();
    }

    @Test
    void mongoBeingAwayIsNotRefused() {
        assertThat(classifier.isRefused(asTheContainerHandsItOver(new MongoTimeoutException("no server")))).isFalse();
    }

    private static Exception asTheContainerHandsItOver(Throwable cause) {
        return new ListenerExecutionFailedException("Listener failed",
                new BatchListenerFailedException("Could not notify about the event", cause, 1));
    }
}
