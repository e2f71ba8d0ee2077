package com.complaintbook.kit.time;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.Duration;

/** The one source of "now" in a service, unless the service (or a test) defines its own {@link Clock}. */
@AutoConfiguration
public class ClockAutoConfiguration {

    /**
     * UTC, ticking in whole milliseconds: MongoDB dates, the events' timestamps as other services keep
     * them and browsers all hold milliseconds, so an instant must read the same after a round trip
     * through any of them as it did when it was taken.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }
}
