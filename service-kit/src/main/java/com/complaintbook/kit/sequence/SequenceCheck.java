package com.complaintbook.kit.sequence;

import java.util.HashMap;
import java.util.Map;

/**
 * The gate's rule, without storage: a stream is applied without gaps up to its position; a record
 * at or below it has passed, the one right after it is next and moves it on, and one further ahead
 * waits for what is missing. Records of a batch are admitted in order, so a batch that holds a
 * stream's records 5 and 6 (position 4) lets both through, and one that holds 6 before 5 holds 6
 * and lets 5 through, after which 6 is next in line.
 */
final class SequenceCheck {

    /** Position of a stream nothing of which has been applied: its first record, 0, is next. */
    static final long NOTHING_APPLIED = -1;

    private final Map<String, Long> positions;

    /** @param positions how far each stream is applied; a stream not named has nothing applied */
    SequenceCheck(Map<String, Long> positions) {
        this.positions = new HashMap<>(positions);
    }

    Admission admit(SequencedRecord record) {
        long position = position(record.stream());
        if (record.sequence() <= position) {
            return Admission.ALREADY_PASSED;
        }
        if (record.sequence() == position + 1) {
            positions.put(record.stream(), record.sequence());
            return Admission.NEXT;
        }
        return Admission.HELD;
    }

    /** The sequence the stream waits for next. */
    long expected(String stream) {
        return position(stream) + 1;
    }

    private long position(String stream) {
        return positions.getOrDefault(stream, NOTHING_APPLIED);
    }
}
