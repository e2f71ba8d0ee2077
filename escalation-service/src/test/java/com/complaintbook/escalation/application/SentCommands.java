package com.complaintbook.escalation.application;

import com.complaintbook.escalation.domain.Firing;
import com.complaintbook.escalation.domain.TimerKind;

import java.util.ArrayList;
import java.util.List;

/** A broker that acknowledges every command, or none while it is away; it remembers what it took. */
final class SentCommands implements CommandPublisher {

    private final List<Firing> sent = new ArrayList<>();
    volatile boolean away;

    @Override
    public synchronized Published publish(List<Firing> firings) {
        if (away) {
            return new Published(List.of(), new IllegalStateException("the broker is away"));
        }
        sent.addAll(firings);
        return new Published(List.copyOf(firings), null);
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
