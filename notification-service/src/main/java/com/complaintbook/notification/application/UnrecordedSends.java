package com.complaintbook.notification.application;

import com.complaintbook.notification.domain.DeliveryKey;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Messages that left but are not yet recorded as sent, because recording failed (MongoDB away).
 * They are recorded before anything else is claimed, so a retry of their batch finds them sent and
 * does not send them again. Only a process that dies with some here sends those again, with the same
 * channel reference. At most one batch's messages per consumer wait here, since nothing is claimed
 * while any do.
 */
final class UnrecordedSends {

    private final DeliveryLog log;
    private final Map<DeliveryKey, SentMessage> waiting = new ConcurrentHashMap<>();

    UnrecordedSends(DeliveryLog log) {
        this.log = log;
    }

    void add(SentMessage message) {
        waiting.put(message.key(), message);
    }

    /** Records every message waiting here as sent, or throws and keeps them all. */
    void record() {
        if (waiting.isEmpty()) {
            return;
        }
        List<SentMessage> recording = List.copyOf(waiting.values());
        log.markSent(recording);
        recording.forEach(message -> waiting.remove(message.key(), message));
    }
}
