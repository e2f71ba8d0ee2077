package com.complaintbook.escalation.application;

import com.complaintbook.escalation.domain.DueTimer;
import com.complaintbook.escalation.domain.Firing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Outbound port: the next actions the deadline documents carry, and the claims that make one
 * instance, and only one, fire each.
 */
public interface TimerStore {

    /**
     * Streams the next actions of the complaints on these partitions due in {@code [from, before)},
     * claimed by another instance or not (a claim runs out; see {@link DueTimer#runAt()}), a chunk at a
     * time, so that neither side holds them all at once. A document that cannot be read as a timer is
     * skipped (logged and counted), never the end of the load: one bad document must not stop every
     * timer.
     *
     * @param from       the earliest due moment, or {@code null} for everything due before {@code before}
     * @param instanceId whose claims read as none (an attempt of its own that failed must not hold its
     *                   retry back until the lease runs out), or {@code null}
     * @param chunk      takes each chunk, in due order
     */
    void due(Collection<Integer> partitions, Instant from, Instant before, String instanceId,
             Consumer<List<DueTimer>> chunk);

    /** Everything due before {@code before} on these partitions, at once (for tests and small reads). */
    default List<DueTimer> dueBefore(Collection<Integer> partitions, Instant before) {
        List<DueTimer> all = new ArrayList<>();
        due(partitions, null, before, null, all::addAll);
        return all;
    }

    /**
     * The next actions these complaints' documents hold now (none for a document without one), with
     * {@code instanceId}'s claims read as none, as in {@link #due}.
     */
    List<DueTimer> timers(Collection<String> complaintIds, String instanceId);

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
