package com.complaintbook.intake.web.config;

import com.complaintbook.intake.config.IntakeProperties;
import com.complaintbook.intake.web.adapters.in.web.DefaultLanguage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Hands the web adapters the settings they need from intake's own properties, so they need not read config. */
@Configuration(proxyBeanMethods = false)
class WebAdaptersConfiguration {

    @Bean
    DefaultLanguage defaultLanguage(IntakeProperties intake) {
        return new DefaultLanguage(intake.defaultLanguage());
    }
}
