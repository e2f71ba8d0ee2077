package com.complaintbook.escalation.application;

import com.complaintbook.escalation.domain.ComplaintDeadline;
import com.complaintbook.escalation.domain.DeadlineChange;
import com.complaintbook.escalation.domain.DeadlineState;
import com.complaintbook.escalation.domain.DueTimer;
import com.complaintbook.escalation.domain.Firing;
import com.complaintbook.escalation.domain.NextAction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The deadline documents' rules in memory, as {@code MongoDeadlineStore} keeps them (tested against
 * MongoDB in {@code MongoDeadlineStoreIT}): the sequence guard, a newer event dropping any claim,
 * claims that hold off other instances for their lease, marks conditional on the claim. It can be
 * taken away, like a MongoDB that is down.
 */
final class InMemoryDeadlines implements DeadlineStore, TimerStore {

    private final Map<String, Doc> documents = new HashMap<>();
    private final List<String> loads = new ArrayList<>();
    volatile boolean away;

    @Override
    public synchronized boolean apply(DeadlineChange change) {
        reachable();
        Doc doc = documents.computeIfAbsent(change.complaintId(), id -> new Doc());
        if (doc.lastSequence >= change.sequence()) {
            return false;
        }
        doc.lastSequence = change.sequence();
        doc.state = change.state();
        doc.partition = change.partition();
        doc.next = change.next();
        doc.claimedBy = null;
        doc.claimedUntil = null;
        doc.claimId = null;
        if (change instanceof DeadlineChange.Opened opened) {
            doc.level = opened.level();
            doc.assigneeId = opened.assigneeId();
            doc.deadline = opened.deadline();
            doc.overdueAtTop = false;
        } else if (change instanceof DeadlineChange.Warned warned) {
            doc.level = warned.level();
        } else if (change instanceof DeadlineChange.MissedAtTop missed) {
            doc.level = missed.level();
            doc.overdueAtTop = true;
        } else if (change instanceof DeadlineChange.Closed closed) {
            doc.level = closed.level();
            if (closed.appealDeadline() != null) {
                doc.appealDeadline = closed.appealDeadline();
            }
        }
        return true;
    }

    @Override
    public synchronized Optional<ComplaintDeadline> find(String complaintId) {
        reachable();
        return Optional.ofNullable(documents.get(complaintId)).map(doc -> doc.deadline(complaintId));
    }

    @Override
    public synchronized List<ComplaintDeadline> find(DeadlineState state, Instant dueBefore, int limit) {
        reachable();
        return documents.entrySet().stream()
                .filter(entry -> entry.getValue().state == state)
                .map(entry -> entry.getValue().deadline(entry.getKey()))
                .filter(deadline -> dueBefore == null || deadline.deadline().isBefore(dueBefore))
                .sorted(Comparator.comparing(ComplaintDeadline::deadline))
                .limit(limit)
                .toList();
    }

    @Override
    public void due(Collection<Integer> partitions, Instant from, Instant before, String instanceId,
                    Consumer<List<DueTimer>> chunk) {
        List<DueTimer> due;
        synchronized (this) {
            reachable();
            loads.add(from == null ? "full" : "from " + from);
            due = documents.entrySet().stream()
                    .filter(entry -> entry.getValue().next != null && partitions.contains(entry.getValue().partition)
                            && entry.getValue().next.dueAt().isBefore(before)
                            && (from == null || !entry.getValue().next.dueAt().isBefore(from)))
                    .map(entry -> entry.getValue().timer(entry.getKey(), instanceId))
                    .sorted(Comparator.comparing(DueTimer::dueAt))
                    .toList();
        }
        chunk.accept(due);
    }

    @Override
    public synchronized List<DueTimer> timers(Collection<String> complaintIds, String instanceId) {
        reachable();
        return complaintIds.stream()
                .filter(id -> documents.containsKey(id) && documents.get(id).next != null)
                .map(id -> documents.get(id).timer(id, instanceId))
                .toList();
    }

    /** The loads asked for, in order: {@code full}, or {@code from <moment>}. */
    synchronized List<String> loads() {
        return List.copyOf(loads);
    }

    @Override
    public synchronized Claim claim(Collection<DueTimer> timers, String instanceId, Instant now, Instant until) {
        reachable();
        String claimId = UUID.randomUUID().toString();
        List<DueTimer> won = timers.stream().filter(timer -> {
            Doc doc = documents.get(timer.complaintId());
            boolean asRead = doc != null && doc.lastSequence == timer.lastSequence() && doc.next != null
                    && doc.next.kind() == timer.kind() && doc.next.dueAt().equals(timer.dueAt());
            boolean free = doc != null && (doc.claimedUntil == null || !doc.claimedUntil.isAfter(now)
                    || instanceId.equals(doc.claimedBy));
            if (asRead && free) {
                doc.claimedBy = instanceId;
                doc.claimedUntil = until;
                doc.claimId = claimId;
                return true;
            }
            return false;
        }).toList();
        return new Claim(claimId, won);
    }

    @Override
    public synchronized void mark(String claimId, Collection<Firing> fired) {
        reachable();
        for (Firing firing : fired) {
            Doc doc = documents.get(firing.complaintId());
            if (doc != null && Objects.equals(doc.claimId, claimId)) {
                doc.next = firing.next();
                doc.claimedBy = null;
                doc.claimedUntil = null;
                doc.claimId = null;
            }
        }
    }

    @Override
    public synchronized long countOpen() {
        reachable();
        return documents.values().stream().filter(doc -> doc.state == DeadlineState.OPEN).count();
    }

    /** Another instance claims the complaint's timer until {@code until}, as {@code claim} would. */
    synchronized void claimedElsewhere(String complaintId, Instant until) {
        Doc doc = documents.get(complaintId);
        doc.claimedBy = "another-instance";
        doc.claimedUntil = until;
        doc.claimId = "their-claim";
    }

    private void reachable() {
        if (away) {
            throw new IllegalStateException("MongoDB is away");
        }
    }

    private static final class Doc {
        int level;
        String assigneeId;
        Instant deadline;
        DeadlineState state;
        long lastSequence;
        int partition;
        NextAction next;
        Instant appealDeadline;
        boolean overdueAtTop;
        String claimedBy;
        Instant claimedUntil;
        String claimId;

        ComplaintDeadline deadline(String complaintId) {
            return new ComplaintDeadline(complaintId, level, assigneeId, deadline, state, lastSequence, next,
                    appealDeadline, overdueAtTop);
        }

        DueTimer timer(String complaintId, String instanceId) {
            return new DueTimer(complaintId, partition, lastSequence, level, next,
                    instanceId != null && instanceId.equals(claimedBy) ? null : claimedUntil);
        }
    }
}
