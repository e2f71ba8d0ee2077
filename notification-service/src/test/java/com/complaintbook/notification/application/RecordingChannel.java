package com.complaintbook.notification.application;

import com.complaintbook.notification.domain.DeliveryKey;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A channel that keeps what it sends: it refuses addresses without an {@code @}, and fails the
 * recipients it is told to fail, once each.
 */
final class RecordingChannel implements MessageChannel<RecordingChannel.Message> {

    final List<Message> sent = new ArrayList<>();
    final List<List<Message>> connections = new ArrayList<>();
    final Set<String> failOnce = new HashSet<>();

    record Message(DeliveryKey key, String channelReference) implements PreparedMessage {
    }

    @Override
    public String name() {
        return "test";
    }

    @Override
    public Message prepare(OutgoingMessage message) {
        if (!message.to().address().contains("@")) {
            throw new IllegalArgumentException("not an address: " + message.to().address());
        }
        return new Message(message.key(), "ref-" + message.key().id());
    }

    @Override
    public Map<DeliveryKey, RuntimeException> send(List<Message> messages) {
        connections.add(List.copyOf(messages));
        Map<DeliveryKey, RuntimeException> failures = new HashMap<>();
        for (Message message : messages) {
            if (failOnce.remove(message.key().recipient())) {
                failures.put(message.key(), new IllegalStateException("relay refused " + message.key().recipient()));
            } else {
                sent.add(message);
            }
        }
        return failures;
    }

    List<String> sentTo() {
        return sent.stream().map(message -> message.key().recipient()).toList();
    }
}
