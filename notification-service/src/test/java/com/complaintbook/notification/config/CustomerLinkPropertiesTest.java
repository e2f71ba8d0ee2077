package com.complaintbook.notification.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The service does not start without a proper secret, and never shows the one it has. */
class CustomerLinkPropertiesTest {

    private static final String SECRET = "local-customer-link-secret-do-not-use-elsewhere";

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(WithCustomerLinks.class);

    @Test
    void withASecretTheLinksLastOneHundredAndTwentyDaysAndOpenIntake() {
        context.withPropertyValues("complaintbook.notification.customer-links.secret=" + SECRET).run(started -> {
            CustomerLinkProperties links = started.getBean(CustomerLinkProperties.class);
            assertThat(links.validity()).isEqualTo(Duration.ofDays(120));
            assertThat(links.urlTemplate()).isEqualTo("http://localhost:8081/customer/{token}");
            assertThat(links.toString()).doesNotContain(SECRET);
        });
    }

    @Test
    void withoutASecretOrWithAShortOneTheServiceDoesNotStart() {
        context.run(started -> assertThat(started).hasFailed());
        context.withPropertyValues("complaintbook.notification.customer-links.secret=only-twenty-characters")
                .run(started -> assertThat(started).hasFailed());
    }

    @Test
    void aTemplateWithoutTheTokenIsRefused() {
        context.withPropertyValues("complaintbook.notification.customer-links.secret=" + SECRET,
                        "complaintbook.notification.customer-links.url-template=http://localhost:8081/complaints/{complaintId}")
                .run(started -> assertThat(started).hasFailed());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(CustomerLinkProperties.class)
    static class WithCustomerLinks {
    }
}
