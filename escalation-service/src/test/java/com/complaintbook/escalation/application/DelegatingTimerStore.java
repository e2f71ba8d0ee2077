package com.complaintbook.escalation.application;

import com.complaintbook.escalation.domain.DueTimer;
import com.complaintbook.escalation.domain.Firing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/** A timer store that passes everything on, for a test to step in between. */
class DelegatingTimerStore implements TimerStore {

    private final TimerStore delegate;

    DelegatingTimerStore(TimerStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public void due(Collection<Integer> partitions, Instant from, Instant before, String instanceId,
                    Consumer<List<DueTimer>> chunk) {
        delegate.due(partitions, from, before, instanceId, chunk);
    }

    @Override
    public List<DueTimer> timers(Collection<String> complaintIds, String instanceId) {
        return delegate.timers(complaintIds, instanceId);
    }

    @Override
    public Claim claim(Collection<DueTimer> timers, String instanceId, Instant now, Instant until) {
        return delegate.claim(timers, instanceId, now, until);
    }

    @Override
    public void mark(String claimId, Collection<Firing> fired) {
        delegate.mark(claimId, fired);
    }

    @Override
    public long countOpen() {
        return delegate.countOpen();
    }
}
