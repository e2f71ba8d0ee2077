package com.complaintbook.intake.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /** The one source of "now" in intake; tests replace it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
