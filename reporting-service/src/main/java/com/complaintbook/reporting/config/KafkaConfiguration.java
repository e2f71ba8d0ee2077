package com.complaintbook.reporting.config;

import com.complaintbook.contracts.Topics;
import com.complaintbook.kit.events.ContractEventReader;
import com.complaintbook.kit.kafka.RecordRefusals;
import com.complaintbook.reporting.application.ReferenceTakenException;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The kit's failure policy handles what the listener cannot apply (see the service kit and the
 * README): a record that is not a readable event, or whose reference already names another
 * complaint, goes to {@code <topic>.<group>.dlt} at once; a MongoDB outage is waited out, the
 * record held, however long it lasts. This declares the domain's refusal and the dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    RecordRefusals reportingRefusals() {
        return RecordRefusals.of(ReferenceTakenException.class);
    }

    @Bean
    NewTopic complaintEventsDeadLetterTopic(ReportingProperties properties, KafkaProperties kafka) {
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
