package com.complaintbook.intake.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that tests move on, so that budgets refill and links age without anyone sleeping: another
 * clock's time plus however far the test has advanced it.
 */
public final class TestClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> advanced = new AtomicReference<>(Duration.ZERO);

    public TestClock(Clock base) {
        this.base = base;
    }

    public void advance(Duration duration) {
        advanced.updateAndGet(sum -> sum.plus(duration));
    }

    @Override
    public Instant instant() {
        return base.instant().plus(advanced.get());
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("Tests move one clock; a copy in another zone would fall behind");
    }
}
