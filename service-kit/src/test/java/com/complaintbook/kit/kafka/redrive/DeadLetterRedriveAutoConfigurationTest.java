package com.complaintbook.kit.kafka.redrive;

import com.complaintbook.kit.kafka.KafkaFailurePolicyAutoConfiguration;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class DeadLetterRedriveAutoConfigurationTest {

    private static final AutoConfigurations KAFKA = AutoConfigurations.of(KafkaAutoConfiguration.class,
            KafkaFailurePolicyAutoConfiguration.class, DeadLetterRedriveAutoConfiguration.class);
    private static final String[] SERVICE = {"spring.kafka.consumer.group-id=reporting-service",
            "spring.kafka.bootstrap-servers=127.0.0.1:1", "complaintbook.kafka.dead-letters.read-timeout=1s",
            "spring.kafka.admin.auto-create=false"};

    @Test
    void givenAServiceWithKafka_thenItsParkedRecordsCanBeRedrivenWithALedgerOfItsOwnAndTheirDepthIsMeasured() {
        new ApplicationContextRunner().withConfiguration(KAFKA).withPropertyValues(SERVICE).run(started -> {
            assertThat(started).hasSingleBean(DeadLetterRedrive.class).hasSingleBean(DeadLetterDepthGauge.class);
            assertThat(started.getBean(DeadLetterRedrive.class).ledgerTopic())
                    .isEqualTo("complaint-book.reporting-service.dead-letters.redriven");
            assertThat(started.getBeansOfType(NewTopic.class).values()).singleElement().satisfies(ledger -> {
                assertThat(ledger.name()).isEqualTo("complaint-book.reporting-service.dead-letters.redriven");
                assertThat(ledger.numPartitions()).isEqualTo(1);
                assertThat(ledger.configs()).containsEntry(TopicConfig.CLEANUP_POLICY_CONFIG,
                        TopicConfig.CLEANUP_POLICY_COMPACT);
            });
            assertThat(started).doesNotHaveBean(DeadLetterController.class);
        });
    }

    @Test
    void givenAServiceThatAlsoServesWebFlux_thenItHasTheAdminEndpoints() {
        new ReactiveWebApplicationContextRunner().withConfiguration(KAFKA).withPropertyValues(SERVICE)
                .run(started -> assertThat(started).hasSingleBean(DeadLetterController.class));
    }

    @Test
    void givenNoKafka_thenNothing() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DeadLetterRedriveAutoConfiguration.class))
                .run(started -> assertThat(started).doesNotHaveBean(DeadLetterRedrive.class)
                        .doesNotHaveBean(DeadLetterDepthGauge.class));
    }
}
