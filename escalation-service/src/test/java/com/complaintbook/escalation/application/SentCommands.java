package com.complaintbook.escalation.application;

import com.complaintbook.escalation.domain.Firing;
import com.complaintbook.escalation.domain.TimerKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A broker that acknowledges every command, or none while it is away; it remembers what it took. */
final class SentCommands implements CommandPublisher {

    private final List<Firing> sent = new ArrayList<>();
    private final Set<String> refusing = new HashSet<>();
    private int refused;
    volatile boolean away;

    @Override
    public synchronized Published publish(List<Firing> firings) {
        if (away) {
            return new Published(List.of(), new IllegalStateException("the broker is away"));
        }
        List<Firing> poisoned = firings.stream().filter(firing -> refusing.contains(firing.complaintId())).toList();
        List<Firing> taken = firings.stream().filter(firing -> !refusing.contains(firing.complaintId())).toList();
        refused += poisoned.size();
        sent.addAll(taken);
        return new Published(taken, poisoned, null);
    }

    /** The complaint's commands are refused for themselves, as an unwritable or oversized record is. */
    synchronized void refuse(String complaintId) {
        refusing.add(complaintId);
    }

    /** How many commands were refused for themselves. */
    synchronized int refused() {
        return refused;
    }

    synchronized List<Firing> all() {
        return List.copyOf(sent);
    }

    /** What was sent, as {@code <complaintId>:<kind>:<level>} command ids. */
    synchronized List<String> commandIds() {
        return sent.stream().map(Firing::commandId).toList();
    }

    synchronized List<Firing> ofKind(TimerKind kind) {
        return sent.stream().filter(firing -> firing.kind() == kind).toList();
    }
}
