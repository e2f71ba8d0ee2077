package com.complaintbook.intake.submission.config;

import com.complaintbook.intake.submission.application.ReferenceFormat;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

import java.time.ZoneId;

/**
 * How complaints' short references read.
 *
 * @param prefix one to four capital letters the retailer chose, e.g. {@code KB}
 * @param zone   the time zone whose calendar year a reference carries
 */
@Validated
@ConfigurationProperties("complaintbook.intake.references")
public record ReferenceProperties(@NotNull @Pattern(regexp = "[A-Z]{1,4}") String prefix, @NotNull ZoneId zone) {

    @Configuration(proxyBeanMethods = false)
    static class ReferenceConfiguration {

        @Bean
        ReferenceFormat referenceFormat(ReferenceProperties properties) {
            return new ReferenceFormat(properties.prefix(), properties.zone());
        }
    }
}
