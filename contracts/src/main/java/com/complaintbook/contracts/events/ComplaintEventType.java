package com.complaintbook.contracts.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every event type and schema version on the events topic, with the record that carries it.
 * A reader meeting a name or version it does not know skips the event: it was written by a newer
 * producer and is not for it.
 */
public enum ComplaintEventType {
    SUBMITTED("ComplaintSubmitted", 1, ComplaintSubmitted.class),
    ASSIGNED("ComplaintAssigned", 1, ComplaintAssigned.class),
    ANSWERED("ComplaintAnswered", 1, ComplaintAnswered.class),
    REJECTED("ComplaintRejected", 1, ComplaintRejected.class),
    ESCALATED("ComplaintEscalated", 1, ComplaintEscalated.class),
    CLOSED("ComplaintClosed", 1, ComplaintClosed.class),
    DEADLINE_APPROACHING("ComplaintDeadlineApproaching", 1, ComplaintDeadlineApproaching.class),
    DEADLINE_MISSED_AT_TOP("ComplaintDeadlineMissedAtTop", 1, ComplaintDeadlineMissedAtTop.class);

    private final String logicalName;
    private final int version;
    private final Class<?> payloadType;

    ComplaintEventType(String logicalName, int version, Class<?> payloadType) {
        this.logicalName = logicalName;
        this.version = version;
        this.payloadType = payloadType;
    }

    public String logicalName() {
        return logicalName;
    }

    public int version() {
        return version;
    }

    public Class<?> payloadType() {
        return payloadType;
    }

    public static Optional<ComplaintEventType> of(String logicalName, int version) {
        return Arrays.stream(values())
                .filter(type -> type.logicalName.equals(logicalName) && type.version == version)
                .findFirst();
    }

    public static Optional<ComplaintEventType> of(Class<?> payloadType) {
        return Arrays.stream(values()).filter(type -> type.payloadType.equals(payloadType)).findFirst();
    }
}
