package com.complaintbook.intake.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /**
     * The one source of "now" in intake; tests replace it. It ticks in whole milliseconds because
     * every store and reader downstream (MongoDB dates in the read models, browsers) keeps milliseconds: an event's
     * deadline must read the same in every read model as on the wire.
     */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }
}
