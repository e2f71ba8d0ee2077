package com.complaintbook.escalation.application;

import com.complaintbook.escalation.domain.DueTimer;
import com.complaintbook.escalation.domain.Firing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** A timer store that passes everything on, for a test to step in between. */
class DelegatingTimerStore implements TimerStore {

    private final TimerStore delegate;

    DelegatingTimerStore(TimerStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public List<DueTimer> dueBefore(Collection<Integer> partitions, Instant before) {
        return delegate.dueBefore(partitions, before);
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
