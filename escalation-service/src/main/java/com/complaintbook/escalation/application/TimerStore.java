package com.complaintbook.escalation.application;

import com.complaintbook.escalation.domain.DueTimer;
import com.complaintbook.escalation.domain.Firing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Outbound port: the next actions the deadline documents carry, and the claims that make one
 * instance, and only one, fire each.
 */
public interface TimerStore {

    /**
     * The next actions of the complaints on these partitions due before {@code before}, claimed by
     * another instance or not (a claim runs out; see {@link DueTimer#runAt()}).
     */
    List<DueTimer> dueBefore(Collection<Integer> partitions, Instant before);

    /**
     * Claims the timers for {@code instanceId} until {@code until}, each only if its document still
     * holds that action at that stream position and no other instance's claim is running at
     * {@code now}.
     *
     * @return the claim, naming the timers won; the others changed or are another's
     */
    Claim claim(Collection<DueTimer> timers, String instanceId, Instant now, Instant until);

    /**
     * Records the firings' commands as acknowledged: each document moves on to its next action (the
     * breach after a warning) or to none, only where the claim is still this one. A newer event
     * took the claim away and set what is next itself.
     */
    void mark(String claimId, Collection<Firing> fired);

    /** How many deadlines are open, for the gauge. */
    long countOpen();

    /**
     * @param claimId the claim's own id; a document is this claim's while it carries it
     * @param won     the timers claimed, as they were asked for
     */
    record Claim(String claimId, List<DueTimer> won) {
    }
}
