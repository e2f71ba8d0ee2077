package com.complaintbook.notification.application;

import com.complaintbook.notification.domain.DeliveryKey;
import io.micrometer.core.instrument.MeterRegistry;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Delivers a batch's notices at most once per event and recipient, in a few round trips: every
 * letter is written and prepared first; then, {@link Dispatches dispatch} by dispatch, the
 * deliveries are claimed together, the claimed messages sent together and the outcome recorded
 * together.
 *
 * <p>A failed send is recorded and thrown, so the batch is retried from its event; the retry claims
 * the same delivery again, and finds the ones that left sent. A crash after sending but before
 * recording sends once more on redelivery, with the same message id, which is as close to once as a
 * mail relay allows.
 *
 * @param <M> the channel's prepared form of a message
 */
public class Deliveries<M extends PreparedMessage> {

    private final LetterTemplates templates;
    private final DeliveryLog log;
    private final MessageChannel<M> channel;
    private final DeliveryCounters counters;
    private final UnrecordedSends unrecorded;
    private final Clock clock;

    public Deliveries(LetterTemplates templates, DeliveryLog log, MessageChannel<M> channel, MeterRegistry meters,
                      Clock clock) {
        this.templates = templates;
        this.log = log;
        this.channel = channel;
        this.counters = new DeliveryCounters(meters, channel.name());
        this.unrecorded = new UnrecordedSends(log);
        this.clock = clock;
    }

    /**
     * Delivers each of {@code deliveries}, in their order; a delivery listed twice is delivered once.
     *
     * @throws DeliveryFailedException naming the first delivery whose message did not leave; every
     *                                 delivery before it was sent, now or before
     * @throws RuntimeException        when the delivery log cannot be reached; then nothing is known
     *                                 to be finished
     */
    public void deliver(List<Delivery> deliveries) {
        List<Delivery> distinct = distinct(deliveries);
        if (distinct.isEmpty()) {
            return;
        }
        unrecorded.record();
        Dispatches.of(distinct.stream().map(this::write).toList()).forEach(this::dispatch);
    }

    private List<Delivery> distinct(List<Delivery> deliveries) {
        Set<DeliveryKey> seen = new HashSet<>();
        List<Delivery> distinct = new ArrayList<>();
        for (Delivery delivery : deliveries) {
            if (seen.add(delivery.key())) {
                distinct.add(delivery);
            } else {
                counters.duplicate(delivery.notice());
            }
        }
        return distinct;
    }

    // A letter that cannot be written is a fact about this delivery alone: it is kept with the
    // delivery, so it stops the batch there and not before.
    private WrittenDelivery<M> write(Delivery delivery) {
        try {
            Letter letter = templates.write(delivery.notice());
            return WrittenDelivery.prepared(delivery, letter,
                    channel.prepare(new OutgoingMessage(delivery.key(), delivery.notice().recipient(), letter)));
        } catch (RuntimeException cannotBeWritten) {
            return WrittenDelivery.refused(delivery, cannotBeWritten);
        }
    }

    private void dispatch(List<WrittenDelivery<M>> dispatch) {
        Set<DeliveryKey> claimed = log.claim(dispatch.stream().map(WrittenDelivery::delivery).toList(), clock.instant());
        List<WrittenDelivery<M>> sending = new ArrayList<>();
        Map<DeliveryKey, RuntimeException> failures = new LinkedHashMap<>();
        for (WrittenDelivery<M> written : dispatch) {
            if (!claimed.contains(written.key())) {
                counters.duplicate(written.delivery().notice());
            } else if (written.isRefused()) {
                failures.put(written.key(), written.refusal());
            } else {
                sending.add(written);
            }
        }
        failures.putAll(send(sending));
        Instant sentAt = clock.instant();
        for (WrittenDelivery<M> written : sending) {
            if (!failures.containsKey(written.key())) {
                unrecorded.add(new SentMessage(written.key(), written.message().channelReference(), sentAt));
                counters.sent(written.delivery().notice(), written.letter());
            }
        }
        List<WrittenDelivery<M>> failed = dispatch.stream().filter(written -> failures.containsKey(written.key())).toList();
        failed.forEach(written -> counters.failed(written.delivery().notice()));
        unrecorded.record();
        if (!failed.isEmpty()) {
            DeliveryKey first = failed.get(0).key();
            recordFailures(failures, failures.get(first));
            throw new DeliveryFailedException(first, failures.get(first));
        }
    }

    private Map<DeliveryKey, RuntimeException> send(List<WrittenDelivery<M>> sending) {
        if (sending.isEmpty()) {
            return Map.of();
        }
        return channel.send(sending.stream().map(WrittenDelivery::message).toList());
    }

    private void recordFailures(Map<DeliveryKey, RuntimeException> failures, RuntimeException thrown) {
        Map<DeliveryKey, String> errors = new LinkedHashMap<>();
        failures.forEach((key, failure) -> errors.put(key, String.valueOf(failure)));
        try {
            log.markFailed(errors, clock.instant());
        } catch (RuntimeException alsoFailed) {
            thrown.addSuppressed(alsoFailed);
        }
    }
}
