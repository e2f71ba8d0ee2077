package com.complaintbook.notification.application;

import com.complaintbook.contracts.events.ComplaintSubmitted;
import com.complaintbook.contracts.events.EventEnvelope;
import com.complaintbook.notification.domain.NoticePlanner;
import com.complaintbook.notification.domain.RememberedComplaint;

/**
 * What happens when a complaint event arrives: a submission is remembered for later messages, then
 * every notice the event calls for is delivered. Safe to run twice for the same event: remembering
 * replaces with the same data, and each delivery is guarded by its record.
 */
public class NotifyAboutComplaintEvent {

    private final RememberedComplaints complaints;
    private final NoticePlanner planner;
    private final Deliveries deliveries;

    public NotifyAboutComplaintEvent(RememberedComplaints complaints, NoticePlanner planner, Deliveries deliveries) {
        this.complaints = complaints;
        this.planner = planner;
        this.deliveries = deliveries;
    }

    public void handle(EventEnvelope<?> event) {
        if (event.payload() instanceof ComplaintSubmitted submitted) {
            complaints.remember(RememberedComplaint.of(submitted));
        }
        planner.noticesFor(event, complaints.recall(event.complaintId()))
                .forEach(notice -> deliveries.deliver(event.eventId(), event.complaintId(), notice));
    }
}
