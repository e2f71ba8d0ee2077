package com.complaintbook.escalation.application;

import com.complaintbook.escalation.domain.DueTimer;
import com.complaintbook.escalation.domain.Firing;
import com.complaintbook.escalation.domain.NextAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Acts on the deadline documents' next actions when they are due: warns, asks for the climb, closes
 * after the appeal window. Each instance acts for the events-topic partitions its consumer owns.
 *
 * <p>The timers due within {@link Settings#horizon()} are held in memory, earliest first. They come
 * from the store (every {@link Settings#loadInterval()}, and at once for partitions newly assigned,
 * which is how start-up and a rebalance find what fell due meanwhile) and from the consumer as it
 * applies events ({@link #changed}).
 *
 * <p>One thread drives it: {@link #tick()} does what is due and says how long until the next thing is,
 * and {@link #awaitWork} waits that long unless an earlier timer arrives. A tick fires the due timers
 * in batches: it <em>claims</em> them in the store (a lease, so that only one instance fires each
 * even while partitions move), <em>sends</em> their commands and waits for the broker's
 * acknowledgement, then <em>marks</em> them done on the condition that the claim is still its own. A
 * failure of any step (MongoDB or the broker away) keeps the timers for the next attempt, after a
 * back-off, and {@link #failure()} reports it until an attempt succeeds. A command may go out twice
 * (a crash or an outage between send and mark, an expired lease on a stalled instance); the Complaint
 * aggregate makes its effect single.
 *
 * <p>The clock is the only source of "now", so a test moves time and calls {@link #tick()} itself.
 */
public class TimerScheduler {

    private static final Logger log = LoggerFactory.getLogger(TimerScheduler.class);
    private static final Comparator<Entry> BY_RUN_AT = Comparator.comparing((Entry entry) -> entry.timer.runAt())
            .thenComparing(entry -> entry.timer.complaintId());

    /**
     * @param horizon        how far ahead timers are held in memory
     * @param loadInterval   how often the store is read for timers coming within the horizon: from where
     *                       the last load's horizon ended
     * @param fullLoadInterval how often the whole of what is due within the horizon is read again, to
     *                       take in anything the incremental loads and the consumer's hand-overs missed
     * @param lease          how long a claim keeps other instances off a timer
     * @param batchSize      the most timers claimed, sent and marked together
     * @param initialBackOff the wait before the first retry after a failure
     * @param maxBackOff     the longest wait between retries; they never run out
     */
    public record Settings(Duration horizon, Duration loadInterval, Duration fullLoadInterval, Duration lease,
                           int batchSize, Duration initialBackOff, Duration maxBackOff) {

        public Settings {
            if (fullLoadInterval.compareTo(loadInterval) < 0) {
                throw new IllegalArgumentException("the full load interval must not be shorter than the load interval");
            }
            if (!loadInterval.minus(horizon).isNegative()) {
                throw new IllegalArgumentException("the horizon must be longer than the load interval, or timers "
                        + "due between two loads are never held");
            }
            if (batchSize < 1) {
                throw new IllegalArgumentException("batchSize must be positive");
            }
        }
    }

    /**
     * Firing has failed since {@code since}, {@code attempts} times in a row.
     *
     * @param cause the last attempt's failure
     */
    public record Failure(Instant since, int attempts, Throwable cause) {
    }

    private final TimerStore store;
    private final CommandPublisher publisher;
    private final EscalationMetrics metrics;
    private final Clock clock;
    private final String instanceId;
    private final Settings settings;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final Set<Integer> owned = new HashSet<>();
    private final Set<Integer> toLoad = new HashSet<>();
    private final NavigableSet<Entry> queue = new TreeSet<>(BY_RUN_AT);
    private final Map<String, Entry> byComplaint = new HashMap<>();
    /** Timers whose command was refused for itself, by complaint: not fired again until an event changes them. */
    private final Map<String, DueTimer> poisoned = new HashMap<>();
    private boolean signalled;

    // Touched by the scheduling thread only.
    private Instant nextLoad = Instant.MIN;
    private Instant nextFullLoad = Instant.MIN;
    /** Where the last periodic load's horizon ended: the next one reads from there. */
    private Instant loadedUntil;
    private Instant retryAt;
    private Duration backOff;
    private volatile Failure failure;
    private volatile Instant lastTickEndedAt;

    public TimerScheduler(TimerStore store, CommandPublisher publisher, EscalationMetrics metrics, Clock clock,
                          String instanceId, Settings settings) {
        this.store = store;
        this.publisher = publisher;
        this.metrics = metrics;
        this.clock = clock;
        this.instanceId = instanceId;
        this.settings = settings;
        this.backOff = settings.initialBackOff();
        this.lastTickEndedAt = clock.instant();
        metrics.scheduler(this::scheduled, this::oldestDueAge, this::heartbeatAge, () -> failure != null);
    }

    /** The instance's partitions grew: their timers are loaded on the next tick, overdue ones first to fire. */
    public void assigned(Collection<Integer> partitions) {
        lock.lock();
        try {
            owned.addAll(partitions);
            toLoad.addAll(partitions);
            wake();
        } finally {
            lock.unlock();
        }
    }

    /** The instance no longer owns these partitions: their timers are the new owner's. */
    public void revoked(Collection<Integer> partitions) {
        lock.lock();
        try {
            owned.removeAll(partitions);
            toLoad.removeAll(partitions);
            poisoned.values().removeIf(timer -> partitions.contains(timer.partition()));
            queue.removeIf(entry -> {
                boolean gone = partitions.contains(entry.timer.partition());
                if (gone) {
                    byComplaint.remove(entry.timer.complaintId());
                }
                return gone;
            });
        } finally {
            lock.unlock();
        }
    }

    /**
     * An event changed the complaint's next action, in the store already: the new timer replaces the
     * one held (when due within the horizon), or none is left.
     *
     * @param sequence the event's stream position
     * @param next     the timer the event set, or {@code null} when it left nothing to do
     */
    public void changed(String complaintId, int partition, long sequence, DueTimer next) {
        lock.lock();
        try {
            if (!owned.contains(partition)) {
                return;
            }
            DueTimer refused = poisoned.get(complaintId);
            if (refused != null && refused.lastSequence() < sequence) {
                poisoned.remove(complaintId);
            }
            Entry held = byComplaint.get(complaintId);
            if (held != null) {
                if (held.timer.lastSequence() > sequence) {
                    return;
                }
                remove(held);
            }
            if (next != null && next.dueAt().isBefore(clock.instant().plus(settings.horizon()))) {
                add(new Entry(next));
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Does what is due: loads timers if it is time to, then fires one batch of due timers.
     *
     * @return how long until there is something to do again; zero when more is due already
     */
    public Duration tick() {
        try {
            return fireOrBackOff();
        } finally {
            lastTickEndedAt = clock.instant();
        }
    }

    private Duration fireOrBackOff() {
        Instant now = clock.instant();
        if (retryAt != null && now.isBefore(retryAt)) {
            return Duration.between(now, retryAt);
        }
        try {
            load(now);
            // The lease runs from the claim, not from before a load that may have taken a while.
            boolean more = fireDue(clock.instant());
            if (failure != null) {
                log.atInfo().addKeyValue("attempts", failure.attempts()).log("Timers fire again");
            }
            failure = null;
            retryAt = null;
            backOff = settings.initialBackOff();
            return more ? Duration.ZERO : untilNext(clock.instant());
        } catch (RuntimeException failed) {
            recordFailure(now, failed);
            retryAt = now.plus(backOff);
            log.atWarn()
                    .addKeyValue("attempts", failure.attempts())
                    .addKeyValue("retryIn", backOff)
                    .addKeyValue("failingSince", failure.since())
                    .addKeyValue("causes", causes(failed))
                    .log("Due timers could not be acted on; they are kept and tried again");
            Duration wait = backOff;
            backOff = min(backOff.multipliedBy(2), settings.maxBackOff());
            return wait;
        }
    }

    /**
     * A tick ended in something it does not handle itself (a bug, or an {@link Error}): reported as
     * firing failing, like an outage, until a later tick succeeds.
     */
    public void failedUnexpectedly(Throwable unexpected) {
        recordFailure(clock.instant(), unexpected);
    }

    private void recordFailure(Instant now, Throwable failed) {
        Failure previous = failure;
        failure = new Failure(previous == null ? now : previous.since(),
                previous == null ? 1 : previous.attempts() + 1, failed);
        metrics.fireFailed();
    }

    /**
     * How long ago the last tick ended, by the clock: the thread's heartbeat. It grows without bound
     * once the thread is dead or stuck, whatever {@link #failure()} says.
     */
    public Duration heartbeatAge() {
        Duration age = Duration.between(lastTickEndedAt, clock.instant());
        return age.isNegative() ? Duration.ZERO : age;
    }

    /**
     * Waits until {@code atMost} passes or an earlier timer, a partition or a stop arrives.
     *
     * @return {@code false} if the thread was interrupted
     */
    public boolean awaitWork(Duration atMost) {
        lock.lock();
        try {
            long nanos = atMost.toNanos();
            while (!signalled && nanos > 0) {
                nanos = work.awaitNanos(nanos);
            }
            signalled = false;
            return true;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    /** Ends a wait at once, e.g. to stop the thread. */
    public void wakeUp() {
        lock.lock();
        try {
            wake();
        } finally {
            lock.unlock();
        }
    }

    /** Why firing fails, while it does. */
    public Optional<Failure> failure() {
        return Optional.ofNullable(failure);
    }

    /** Timers held in memory. */
    public int scheduled() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    /**
     * How long the earliest due timer has been due, zero when none is. From its due moment, not from
     * when it may run: a timer waiting out another instance's claim is late all the same. The queue is
     * ordered by when a timer may run, so every entry is looked at (once per scrape, not per tick).
     */
    public Duration oldestDueAge() {
        Instant now = clock.instant();
        Instant oldest = null;
        lock.lock();
        try {
            for (Entry entry : queue) {
                Instant dueAt = entry.timer.dueAt();
                if (oldest == null || dueAt.isBefore(oldest)) {
                    oldest = dueAt;
                }
            }
        } finally {
            lock.unlock();
        }
        if (oldest == null || !oldest.isBefore(now)) {
            return Duration.ZERO;
        }
        return Duration.between(oldest, now);
    }

    /**
     * Reads the store for timers coming within the horizon: partitions newly assigned whole (what fell
     * due meanwhile is due now), and every load interval the owned ones from where the last load's
     * horizon ended, or whole every full load interval. Read and merged a chunk at a time.
     */
    private void load(Instant now) {
        Instant horizon = now.plus(settings.horizon());
        boolean periodic = !now.isBefore(nextLoad);
        Set<Integer> fresh;
        Set<Integer> rest;
        lock.lock();
        try {
            fresh = new HashSet<>(toLoad);
            rest = new HashSet<>(owned);
        } finally {
            lock.unlock();
        }
        rest.removeAll(fresh);
        if (!fresh.isEmpty()) {
            store.due(fresh, null, horizon, instanceId, this::mergeLoaded);
            lock.lock();
            try {
                toLoad.removeAll(fresh);
            } finally {
                lock.unlock();
            }
        }
        if (periodic) {
            boolean full = loadedUntil == null || !now.isBefore(nextFullLoad);
            if (!rest.isEmpty()) {
                store.due(rest, full ? null : loadedUntil, horizon, instanceId, this::mergeLoaded);
            }
            loadedUntil = horizon;
            if (full) {
                nextFullLoad = now.plus(settings.fullLoadInterval());
            }
            nextLoad = now.plus(settings.loadInterval());
        }
    }

    private void mergeLoaded(List<DueTimer> chunk) {
        lock.lock();
        try {
            for (DueTimer timer : chunk) {
                if (owned.contains(timer.partition())) {
                    merge(timer);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * A timer read from the store takes the place of the one held, unless the one held is newer, is
     * the same action (its claim, if any, may be this instance's own from an attempt that failed, and
     * a claim another instance holds is found at the claim) or waits for its mark.
     */
    private void merge(DueTimer loaded) {
        DueTimer refused = poisoned.get(loaded.complaintId());
        if (refused != null && refused.lastSequence() >= loaded.lastSequence()) {
            return;
        }
        Entry held = byComplaint.get(loaded.complaintId());
        if (held != null) {
            boolean sameAction = held.timer.lastSequence() == loaded.lastSequence()
                    && held.timer.action().equals(loaded.action());
            if (held.timer.lastSequence() > loaded.lastSequence() || held.sentUnder != null || sameAction) {
                return;
            }
            remove(held);
        }
        add(new Entry(loaded));
    }

    /** @return whether more timers are due than one batch took */
    private boolean fireDue(Instant now) {
        List<Entry> batch = new ArrayList<>();
        boolean more;
        lock.lock();
        try {
            Iterator<Entry> due = queue.iterator();
            while (due.hasNext() && batch.size() < settings.batchSize()) {
                Entry entry = due.next();
                if (entry.timer.runAt().isAfter(now)) {
                    break;
                }
                batch.add(entry);
            }
            more = batch.size() == settings.batchSize() && due.hasNext() && !due.next().timer.runAt().isAfter(now);
        } finally {
            lock.unlock();
        }
        if (batch.isEmpty()) {
            return false;
        }
        markSent(batch.stream().filter(entry -> entry.sentUnder != null).toList());
        List<Entry> toFire = batch.stream().filter(entry -> entry.sentUnder == null).toList();
        if (!toFire.isEmpty()) {
            fire(toFire, now);
        }
        return more;
    }

    private void fire(List<Entry> entries, Instant now) {
        Map<DueTimer, Entry> asked = new LinkedHashMap<>();
        entries.forEach(entry -> asked.put(entry.timer, entry));
        TimerStore.Claim claim = store.claim(asked.keySet(), instanceId, now, now.plus(settings.lease()));
        Set<DueTimer> won = new HashSet<>(claim.won());
        List<Entry> missed = asked.entrySet().stream().filter(asRead -> !won.contains(asRead.getKey()))
                .map(Map.Entry::getValue).toList();
        if (!missed.isEmpty()) {
            takeStored(missed);
        }
        if (won.isEmpty()) {
            return;
        }
        Map<Firing, Entry> firings = new LinkedHashMap<>();
        claim.won().forEach(timer -> firings.put(timer.firing(now), asked.get(timer)));
        CommandPublisher.Published published = publisher.publish(List.copyOf(firings.keySet()));
        Instant firedAt = clock.instant();
        lock.lock();
        try {
            for (Firing firing : published.acknowledged()) {
                metrics.fired(firing.kind(), Duration.between(firing.dueAt(), firedAt));
                Entry entry = firings.get(firing);
                entry.sentUnder = claim.claimId();
                entry.firing = firing;
                log.atInfo()
                        .addKeyValue("complaintId", firing.complaintId())
                        .addKeyValue("commandId", firing.commandId())
                        .addKeyValue("dueAt", firing.timer().dueAt())
                        .log("Timer fired");
            }
        } finally {
            lock.unlock();
        }
        setAside(published.poisoned(), firings);
        markSent(asked.values().stream().filter(entry -> entry.sentUnder != null).toList());
        if (published.failure() != null) {
            throw published.failure();
        }
    }

    /**
     * The claim missed these: the document changed since it was read (an event, or another instance's
     * mark moving a warning on to the breach) or another instance's claim runs. What the store holds
     * now takes their place at once, a live claim of another instance's scheduled for when it runs
     * out, rather than waiting for the next load.
     */
    private void takeStored(List<Entry> missed) {
        List<DueTimer> stored = store.timers(missed.stream().map(entry -> entry.timer.complaintId()).toList(),
                instanceId);
        lock.lock();
        try {
            missed.forEach(this::remove);
            Instant horizon = clock.instant().plus(settings.horizon());
            for (DueTimer timer : stored) {
                if (owned.contains(timer.partition()) && timer.dueAt().isBefore(horizon)) {
                    merge(timer);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Commands refused for themselves (unwritable, a record the broker rejects) leave the queue and are
     * not fired again until an event changes their complaint: sending them again would fail the same
     * way, and holding them would hold every timer behind them. Their documents keep the action.
     */
    private void setAside(List<Firing> refused, Map<Firing, Entry> firings) {
        if (refused.isEmpty()) {
            return;
        }
        lock.lock();
        try {
            for (Firing firing : refused) {
                Entry entry = firings.get(firing);
                metrics.timerPoisoned();
                log.atError()
                        .addKeyValue("complaintId", firing.complaintId())
                        .addKeyValue("commandId", firing.commandId())
                        .addKeyValue("dueAt", firing.timer().dueAt())
                        .log("Timer's command refused for itself; set aside until its complaint changes");
                poisoned.put(firing.complaintId(), entry.timer);
                remove(entry);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Marks what was sent and acknowledged, claim by claim; each then leaves the queue, or waits for
     * its next action.
     */
    private void markSent(List<Entry> sent) {
        if (sent.isEmpty()) {
            return;
        }
        Map<String, List<Entry>> byClaim = new LinkedHashMap<>();
        sent.forEach(entry -> byClaim.computeIfAbsent(entry.sentUnder, claim -> new ArrayList<>()).add(entry));
        byClaim.forEach((claimId, entries) -> {
            store.mark(claimId, entries.stream().map(entry -> entry.firing).toList());
            lock.lock();
            try {
                Instant horizon = clock.instant().plus(settings.horizon());
                for (Entry entry : entries) {
                    if (byComplaint.get(entry.timer.complaintId()) != entry) {
                        continue;
                    }
                    remove(entry);
                    NextAction next = entry.firing.next();
                    if (next != null && next.dueAt().isBefore(horizon)) {
                        DueTimer timer = entry.timer;
                        add(new Entry(new DueTimer(timer.complaintId(), timer.partition(), timer.lastSequence(),
                                timer.level(), next, null)));
                    }
                }
            } finally {
                lock.unlock();
            }
        });
    }

    private Duration untilNext(Instant now) {
        lock.lock();
        try {
            Instant next = nextLoad;
            if (!toLoad.isEmpty()) {
                return Duration.ZERO;
            }
            if (!queue.isEmpty() && queue.first().timer.runAt().isBefore(next)) {
                next = queue.first().timer.runAt();
            }
            Duration wait = Duration.between(now, next);
            return wait.isNegative() ? Duration.ZERO : wait;
        } finally {
            lock.unlock();
        }
    }

    /** Holds the entry as the complaint's one timer. */
    private void add(Entry entry) {
        Entry before = byComplaint.get(entry.timer.complaintId());
        if (before != null) {
            remove(before);
        }
        queue.add(entry);
        byComplaint.put(entry.timer.complaintId(), entry);
        if (queue.first() == entry) {
            wake();
        }
    }

    /**
     * Lets go of the entry if it is still the complaint's timer. By identity: the queue orders by
     * moment and complaint, so a newer entry due at the same moment would compare equal to it.
     */
    private void remove(Entry entry) {
        if (byComplaint.get(entry.timer.complaintId()) == entry) {
            byComplaint.remove(entry.timer.complaintId());
            queue.remove(entry);
        }
    }

    private void wake() {
        signalled = true;
        work.signalAll();
    }

    /** The failure's causes by type, outermost first: one line per attempt, as the kit logs a held record. */
    private static String causes(Throwable failed) {
        StringBuilder types = new StringBuilder(failed.getClass().getName());
        Throwable cause = failed.getCause();
        for (int depth = 0; cause != null && depth < 8; depth++, cause = cause.getCause()) {
            types.append(" <- ").append(cause.getClass().getName());
        }
        return types.toString();
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** A timer held in memory, and its firing while the mark is owed. */
    private static final class Entry {

        private final DueTimer timer;
        /** The claim under which its command was acknowledged and the mark is still owed, or {@code null}. */
        private String sentUnder;
        private Firing firing;

        private Entry(DueTimer timer) {
            this.timer = timer;
        }
    }
}
