package com.complaintbook.notification.application;

import com.complaintbook.contracts.events.ComplaintAssigned;
import com.complaintbook.contracts.events.ComplaintEscalated;
import com.complaintbook.contracts.events.ComplaintSubmitted;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.notification.domain.ComplaintLevel;
import com.complaintbook.notification.domain.DeliveryKey;
import com.complaintbook.notification.domain.Notice;
import com.complaintbook.notification.domain.NoticePlanner;
import com.complaintbook.notification.domain.RememberedComplaint;
import com.complaintbook.notification.domain.RememberedEscalation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What happens when a batch of complaint events arrives: its submissions and escalations are
 * remembered for later messages, what its events need is recalled, and every notice they call for
 * is delivered. The batch costs one write and one read per remembered collection, whatever its size;
 * it remembers before it recalls, so an assignment finds a submission that arrived in the same batch.
 *
 * <p>Safe to run twice for the same events: remembering replaces with the same data, and each
 * delivery is guarded by its record.
 */
public class NotifyAboutComplaintEvents {

    private final RememberedComplaints complaints;
    private final RememberedEscalations escalations;
    private final NoticePlanner planner;
    private final Deliveries<?> deliveries;

    public NotifyAboutComplaintEvents(RememberedComplaints complaints, RememberedEscalations escalations,
                                      NoticePlanner planner, Deliveries<?> deliveries) {
        this.complaints = complaints;
        this.escalations = escalations;
        this.planner = planner;
        this.deliveries = deliveries;
    }

    /**
     * Handles {@code events} in their order.
     *
     * @throws EventFailedException naming the first event not handled; every event before it is. A
     *                              letter that failed names its event; anything else (MongoDB away)
     *                              names the first, since nothing of the batch is known to be done
     */
    public void handle(List<EventEnvelope<?>> events) {
        Plan plan;
        try {
            remember(events);
            plan = plan(events, recall(events));
        } catch (RuntimeException failure) {
            throw new EventFailedException(0, failure);
        }
        try {
            deliveries.deliver(plan.deliveries());
        } catch (DeliveryFailedException failed) {
            throw new EventFailedException(plan.positionOf(failed.key()), failed.getCause());
        } catch (RuntimeException failure) {
            throw new EventFailedException(0, failure);
        }
    }

    private Plan plan(List<EventEnvelope<?>> events, Recalled recalled) {
        List<Delivery> deliveries = new ArrayList<>();
        Map<DeliveryKey, Integer> positions = new HashMap<>();
        for (int position = 0; position < events.size(); position++) {
            EventEnvelope<?> event = events.get(position);
            for (Notice notice : planner.noticesFor(event, recalled.complaintOf(event),
                    recalled.escalationBehind(event))) {
                Delivery delivery = Delivery.of(event, notice);
                deliveries.add(delivery);
                positions.putIfAbsent(delivery.key(), position);
            }
        }
        return new Plan(deliveries, positions);
    }

    private void remember(List<EventEnvelope<?>> events) {
        List<RememberedComplaint> submitted = new ArrayList<>();
        List<RememberedEscalation> escalated = new ArrayList<>();
        for (EventEnvelope<?> event : events) {
            if (event.payload() instanceof ComplaintSubmitted submission) {
                submitted.add(RememberedComplaint.of(submission));
            }
            if (event.payload() instanceof ComplaintEscalated escalation) {
                escalated.add(RememberedEscalation.of(escalation));
            }
        }
        if (!submitted.isEmpty()) {
            complaints.remember(submitted);
        }
        if (!escalated.isEmpty()) {
            escalations.remember(escalated);
        }
    }

    private Recalled recall(List<EventEnvelope<?>> events) {
        Set<String> complaintIds = new LinkedHashSet<>();
        Set<ComplaintLevel> levels = new LinkedHashSet<>();
        for (EventEnvelope<?> event : events) {
            complaintIds.add(event.complaintId());
            levelClimbedTo(event).ifPresent(levels::add);
        }
        return new Recalled(complaintIds.isEmpty() ? Map.of() : complaints.recall(complaintIds),
                levels.isEmpty() ? Map.of() : escalations.recall(levels));
    }

    // Only an assignment above the first level can follow an escalation; no other event needs to look.
    private static Optional<ComplaintLevel> levelClimbedTo(EventEnvelope<?> event) {
        if (event.payload() instanceof ComplaintAssigned assigned && assigned.level() > 0) {
            return Optional.of(new ComplaintLevel(event.complaintId(), assigned.level()));
        }
        return Optional.empty();
    }

    /** The batch's deliveries in event order, and the position of the first event behind each. */
    private record Plan(List<Delivery> deliveries, Map<DeliveryKey, Integer> positions) {

        int positionOf(DeliveryKey key) {
            return positions.get(key);
        }
    }

    /** What the batch's events need to know from before them. */
    private record Recalled(Map<String, RememberedComplaint> complaints,
                            Map<ComplaintLevel, RememberedEscalation> escalations) {

        Optional<RememberedComplaint> complaintOf(EventEnvelope<?> event) {
            return Optional.ofNullable(complaints.get(event.complaintId()));
        }

        Optional<RememberedEscalation> escalationBehind(EventEnvelope<?> event) {
            return levelClimbedTo(event).map(escalations::get);
        }
    }
}
