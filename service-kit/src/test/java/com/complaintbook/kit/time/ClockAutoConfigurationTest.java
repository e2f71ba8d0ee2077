package com.complaintbook.kit.time;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ClockAutoConfigurationTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-20T09:15:30Z"), ZoneOffset.UTC);

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ClockAutoConfiguration.class));

    @Test
    void givenNoClockOfTheServices_thenAUtcClockInWholeMilliseconds() {
        context.run(started -> {
            Clock clock = started.getBean(Clock.class);
            Instant now = clock.instant();

            assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
            assertThat(now).isEqualTo(now.truncatedTo(ChronoUnit.MILLIS));
        });
    }

    @Test
    void givenAClockOfTheServices_thenTheKitBacksOff() {
        context.withBean("testClock", Clock.class, () -> FIXED)
                .run(started -> assertThat(started).getBean(Clock.class).isSameAs(FIXED));
    }
}
