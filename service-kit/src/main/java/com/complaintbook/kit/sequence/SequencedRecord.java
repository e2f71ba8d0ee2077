package com.complaintbook.kit.sequence;

import java.util.Objects;

/**
 * One record of a stream as the {@link SequenceGate} sees it: whose stream it belongs to, where in
 * that stream it sits, and the record's value as it arrived, so that a held record can be read again
 * exactly as the consumer would have read it.
 *
 * @param stream   the stream, e.g. the complaint id the record is keyed by
 * @param sequence the record's position in its stream, from 0, without gaps
 * @param value    the record's value as it came off the topic
 */
public record SequencedRecord(String stream, long sequence, String value) {

    public SequencedRecord {
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(value, "value");
        if (sequence < 0) {
            throw new IllegalArgumentException("a sequence starts at 0, was " + sequence);
        }
    }

    /** The key a held copy of this record is stored under: one per stream and position. */
    String heldId() {
        return stream + ":" + sequence;
    }
}
