package com.complaintbook.notification.application;

import com.complaintbook.notification.domain.DeliveryKey;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The contract of {@link DeliveryLog} in memory: claimable unless SENT. Counts its round trips, and
 * can be taken away like a database that is down.
 */
final class InMemoryDeliveryLog implements DeliveryLog {

    final Map<DeliveryKey, String> statuses = new HashMap<>();
    final Map<DeliveryKey, String> errors = new HashMap<>();
    int roundTrips;
    boolean away;
    boolean awayAfterNextClaim;

    @Override
    public Set<DeliveryKey> claim(Collection<Delivery> deliveries, Instant at) {
        reach();
        Set<DeliveryKey> claimed = new LinkedHashSet<>();
        for (Delivery delivery : deliveries) {
            if (!"SENT".equals(statuses.get(delivery.key()))) {
                statuses.put(delivery.key(), "SENDING");
                claimed.add(delivery.key());
            }
        }
        away = awayAfterNextClaim;
        awayAfterNextClaim = false;
        return claimed;
    }

    @Override
    public void markSent(Collection<SentMessage> messages) {
        reach();
        messages.forEach(message -> statuses.put(message.key(), "SENT"));
    }

    @Override
    public void markFailed(Map<DeliveryKey, String> errors, Instant at) {
        reach();
        errors.forEach((key, error) -> {
            statuses.put(key, "FAILED");
            this.errors.put(key, error);
        });
    }

    String status(DeliveryKey key) {
        return statuses.get(key);
    }

    private void reach() {
        if (away) {
            throw new IllegalStateException("delivery log away");
        }
        roundTrips++;
    }
}
