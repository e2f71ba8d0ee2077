package com.complaintbook.notification.config;

import com.complaintbook.contracts.Topics;
import com.complaintbook.kit.events.ContractEventReader;
import com.complaintbook.kit.kafka.RecordRefusals;
import com.complaintbook.notification.adapters.out.mail.RecipientRefusedException;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.mail.MailPreparationException;

/**
 * The kit's failure policy handles what the listener cannot do (see the service kit and the
 * README): a record that is not a readable event, or whose letter can never be written (an e-mail
 * address that is not one: {@link MailPreparationException}; a recipient the relay refuses for good:
 * {@link RecipientRefusedException}), goes to {@code <topic>.<group>.dlt} at
 * once; a relay that refuses or is away, or MongoDB being away, is waited out, the record held,
 * however long it lasts. This declares the domain's refusal and the dead-letter topic.
 *
 * <p>The listener names the failed record with a {@code BatchListenerFailedException} whose cause is
 * the failure itself; the kit looks through the causes, so the refusal is found however it is wrapped.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    RecordRefusals notificationRefusals() {
        return RecordRefusals.of(MailPreparationException.class, RecipientRefusedException.class);
    }

    @Bean
    NewTopic complaintEventsDeadLetterTopic(NotificationProperties properties, KafkaProperties kafka) {
        return TopicBuilder.name(Topics.deadLetterTopic(Topics.COMPLAINT_EVENTS, kafka.getConsumer().getGroupId()))
                .partitions(properties.kafka().partitions())
                .replicas(properties.kafka().replicas())
                .build();
    }

    /** The events as the contracts describe them: this service takes the published language as it is. */
    @Bean
    ContractEventReader contractEventReader(JsonMapper json) {
        return new ContractEventReader(json);
    }
}
