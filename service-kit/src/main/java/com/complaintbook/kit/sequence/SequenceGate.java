package com.complaintbook.kit.sequence;

import java.util.Collection;
import java.util.List;

/**
 * Lets a consumer apply each stream's records in sequence, however they arrive, without dropping
 * any and without stopping the partition for one stream's gap.
 *
 * <p>A record whose predecessor has not been applied (it was parked on the dead-letter topic, lost,
 * or is being re-driven later) is {@link Admission#HELD held}: stored durably, alarmed on and left out
 * of the batch, while every other stream goes on. Once its predecessor is applied, {@link #nextHeld}
 * hands it back to be applied in its turn. A record the stream has already passed is handed through:
 * the consumer's own idempotency leaves its state as it is.
 *
 * <p>The consumer's side of the bargain, for each poll: {@link #admit} its records in order; apply
 * those admitted, in order; report the ones done to {@link #applied} (every one, including those it
 * ignores, since a stream moves on only through reported records); then ask {@link #nextHeld} for the
 * streams the poll touched, and apply, report and ask again until nothing more is next in line.
 */
public interface SequenceGate {

    /**
     * Admits a poll's records in order, holding durably those that come before their turn.
     *
     * @return what to do with each record, in the order given
     */
    List<Admission> admit(List<SequencedRecord> records);

    /**
     * Records that the consumer has applied these records (or had applied them before), so their
     * streams move on and any held copies of them are let go.
     */
    void applied(List<SequencedRecord> records);

    /**
     * The held records that are now next in line, at most one per stream: apply them, report them to
     * {@link #applied}, and ask again for their streams.
     */
    List<SequencedRecord> nextHeld(Collection<String> streams);
}
