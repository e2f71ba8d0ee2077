package com.complaintbook.intake.web.adapters.in.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Budgets and trusted proxies as ops write them, and what intake says when they are written wrong. */
class RateLimitPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(Enabled.class)
            .withPropertyValues(
                    "complaintbook.intake.rate-limits.per-api-key.burst=600",
                    "complaintbook.intake.rate-limits.per-api-key.period=1m",
                    "complaintbook.intake.rate-limits.per-end-user.burst=10",
                    "complaintbook.intake.rate-limits.per-end-user.period=10m",
                    "complaintbook.intake.rate-limits.per-customer-link.burst=30",
                    "complaintbook.intake.rate-limits.per-customer-link.period=1m",
                    "complaintbook.intake.api-clients.clients[0].id=terminal-kyiv-001",
                    "complaintbook.intake.api-clients.clients[0].channel=terminal",
                    "complaintbook.intake.api-clients.clients[0].store-id=kyiv-001",
                    "complaintbook.intake.api-clients.clients[0].key-sha256=" + "a".repeat(64),
                    "complaintbook.intake.api-clients.clients[1].id=website",
                    "complaintbook.intake.api-clients.clients[1].channel=website",
                    "complaintbook.intake.api-clients.clients[1].key-sha256=" + "b".repeat(64),
                    "complaintbook.intake.api-clients.clients[1].budget.burst=6000",
                    "complaintbook.intake.api-clients.clients[1].budget.period=1m");

    @Test
    void givenTheWebsiteWithABudgetOfItsOwn_whenBound_thenOnlyItCarriesOne() {
        context.run(started -> {
            List<ApiClientProperties.Client> clients = started.getBean(ApiClientProperties.class).clients();
            assertThat(clients.get(0).budget()).isNull();
            assertThat(clients.get(1).budget()).isEqualTo(new RateLimitProperties.Budget(6000, Duration.ofMinutes(1)));
        });
    }

    @Test
    void givenTrustedProxiesAsOneCommaSeparatedVariable_whenBound_thenEachIsABlock() {
        context.withPropertyValues("complaintbook.intake.rate-limits.trusted-proxies=10.244.0.0/16, 2001:db8::/32")
                .run(started -> assertThat(started.getBean(RateLimitProperties.class).trustedProxies())
                        .containsExactly(IpRange.of("10.244.0.0/16"), IpRange.of("2001:db8::/32")));
    }

    @Test
    void givenNoTrustedProxies_whenBound_thenNoneIsTrusted() {
        context.run(started -> assertThat(started.getBean(RateLimitProperties.class).trustedProxies()).isEmpty());
    }

    @Test
    void givenATrustedProxyThatIsNoAddress_whenStarting_thenIntakeRefusesToStartAndSaysWhich() {
        context.withPropertyValues("complaintbook.intake.rate-limits.trusted-proxies=ingress.example")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("'ingress.example' is not an IP address or CIDR block"));
    }

    @Test
    void givenAClientBudgetOfNothing_whenStarting_thenIntakeRefusesToStart() {
        context.withPropertyValues("complaintbook.intake.api-clients.clients[1].budget.burst=0")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("clients[1].budget.burst"));
        context.withPropertyValues("complaintbook.intake.api-clients.clients[1].budget.period=0s")
                .run(started -> assertThat(started).getFailure().rootCause()
                        .hasMessageContaining("clients[1].budget.period"));
    }

    @EnableConfigurationProperties({RateLimitProperties.class, ApiClientProperties.class})
    static class Enabled {
    }
}
