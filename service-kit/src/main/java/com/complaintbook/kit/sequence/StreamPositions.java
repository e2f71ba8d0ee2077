package com.complaintbook.kit.sequence;

import java.util.Map;
import java.util.Set;

/**
 * How far a consumer's own state says each stream is applied, for streams the {@link SequenceGate}
 * has no position of yet: state written before the gate kept positions. Declaring this bean is how
 * a service takes the gate on.
 */
@FunctionalInterface
public interface StreamPositions {

    /**
     * @return the last applied sequence of each of {@code streams} the consumer's state knows; a
     *         stream it does not know is left out
     */
    Map<String, Long> lastApplied(Set<String> streams);

    /** For a consumer with no state of its own to go by: every stream starts at its first record. */
    static StreamPositions none() {
        return streams -> Map.of();
    }
}
