package com.complaintbook.notification.application;

import com.complaintbook.contracts.events.ComplaintAssigned;
import com.complaintbook.contracts.events.ComplaintEscalated;
import com.complaintbook.contracts.events.ComplaintSubmitted;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.notification.domain.NoticePlanner;
import com.complaintbook.notification.domain.RememberedComplaint;
import com.complaintbook.notification.domain.RememberedEscalation;

import java.util.Optional;

/**
 * What happens when a complaint event arrives: a submission or an escalation is remembered for
 * later messages, then every notice the event calls for is delivered. Safe to run twice for the same
 * event: remembering replaces with the same data, and each delivery is guarded by its record.
 */
public class NotifyAboutComplaintEvent {

    private final RememberedComplaints complaints;
    private final RememberedEscalations escalations;
    private final NoticePlanner planner;
    private final Deliveries deliveries;

    public NotifyAboutComplaintEvent(RememberedComplaints complaints, RememberedEscalations escalations,
                                     NoticePlanner planner, Deliveries deliveries) {
        this.complaints = complaints;
        this.escalations = escalations;
        this.planner = planner;
        this.deliveries = deliveries;
    }

    public void handle(EventEnvelope<?> event) {
        remember(event.payload());
        planner.noticesFor(event, complaints.recall(event.complaintId()), escalationBehind(event))
                .forEach(notice -> deliveries.deliver(event.eventId(), event.complaintId(), notice));
    }

    private void remember(Object payload) {
        if (payload instanceof ComplaintSubmitted submitted) {
            complaints.remember(RememberedComplaint.of(submitted));
        }
        if (payload instanceof ComplaintEscalated escalated) {
            escalations.remember(RememberedEscalation.of(escalated));
        }
    }

    // Only an assignment above the first level can follow an escalation; no other event needs to look.
    private Optional<RememberedEscalation> escalationBehind(EventEnvelope<?> event) {
        if (event.payload() instanceof ComplaintAssigned assigned && assigned.level() > 0) {
            return escalations.recall(event.complaintId(), assigned.level());
        }
        return Optional.empty();
    }
}
