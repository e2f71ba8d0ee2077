package com.complaintbook.intake.publishing.adapters.out.kafka;

/** The broker did not acknowledge an event in time; the publisher will try it again. */
class EventNotPublished extends RuntimeException {

    EventNotPublished(String eventId, Throwable cause) {
        super("Event " + eventId + " was not acknowledged by Kafka", cause);
    }
}
