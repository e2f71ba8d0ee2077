package com.complaintbook.reporting.domain;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SubmittedPeriodTest {

    private static final Instant NOV = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant DEC = Instant.parse("2026-12-01T00:00:00Z");

    @Test
    void aPeriodMustStartBeforeItEnds() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SubmittedPeriod(DEC, NOV));
        assertThatIllegalArgumentException().isThrownBy(() -> new SubmittedPeriod(NOV, NOV));
    }

    @Test
    void eitherEndMayBeOpen() {
        assertThat(new SubmittedPeriod(NOV, null).end()).isEmpty();
        assertThat(new SubmittedPeriod(null, DEC).start()).isEmpty();
        assertThat(SubmittedPeriod.always().isUnbounded()).isTrue();
    }
}
