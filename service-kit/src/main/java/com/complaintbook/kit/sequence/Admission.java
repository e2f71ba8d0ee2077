package com.complaintbook.kit.sequence;

/** What the {@link SequenceGate} lets a consumer do with one record. */
public enum Admission {

    /** The next record of its stream: apply it now. */
    NEXT,

    /**
     * A position the stream has already passed: a redelivery or a replay. Hand it to the consumer
     * anyway, whose own guard leaves its state as it is and counts it; nothing is lost by that.
     */
    ALREADY_PASSED,

    /**
     * A record whose predecessor has not been applied: it is held, stored durably, and comes back
     * from {@link SequenceGate#nextHeld} once the predecessor is applied. Do not apply it now.
     */
    HELD;

    /** Whether the consumer applies the record now. */
    public boolean applies() {
        return this != HELD;
    }
}
