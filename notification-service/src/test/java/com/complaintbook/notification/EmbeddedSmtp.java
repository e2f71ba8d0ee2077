package com.complaintbook.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A real SMTP server (GreenMail) on a free port, living as long as the test's Spring context;
 * {@code spring.mail.host} and {@code spring.mail.port} point at it, and tests read what it received.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedSmtp {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail greenMail() {
        return new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    }

    @Bean
    DynamicPropertyRegistrar smtpAddress(GreenMail greenMail) {
        return registry -> {
            registry.add("spring.mail.host", () -> greenMail.getSmtp().getBindTo());
            registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
        };
    }
}
