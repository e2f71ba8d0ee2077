package com.complaintbook.kit.sequence;

import java.time.Instant;

/**
 * A record put aside because its stream had not reached it yet.
 *
 * @param record   the record as it arrived
 * @param expected the sequence its stream was waiting for when it arrived
 * @param heldAt   when it was first held; a redelivery does not move it
 */
record HeldRecord(SequencedRecord record, long expected, Instant heldAt) {
}
