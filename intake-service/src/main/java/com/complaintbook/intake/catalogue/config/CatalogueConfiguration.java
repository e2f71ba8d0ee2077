package com.complaintbook.intake.catalogue.config;

import com.complaintbook.intake.catalogue.adapters.in.kafka.CatalogueHealthIndicator;
import com.complaintbook.intake.catalogue.adapters.in.kafka.CatalogueReader;
import com.complaintbook.intake.catalogue.adapters.in.kafka.CatalogueReaderProperties;
import com.complaintbook.intake.catalogue.application.CurrentCatalogue;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.Map;

/**
 * The catalogue reader's consumer is intake's own Kafka settings without the group: it reads the whole
 * topic every time, commits nothing, and never creates the topic, which is routing's.
 */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

    @Bean
    CatalogueReader catalogueReader(KafkaProperties kafka, CurrentCatalogue current, JsonMapper json,
                                    CatalogueReaderProperties properties, Clock clock, MeterRegistry meters) {
        Map<String, Object> settings = kafka.buildConsumerProperties();
        settings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, "intake-catalogue-reader");
        return new CatalogueReader(() -> new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer()),
                current, json, properties, clock, meters);
    }

    @Bean
    CatalogueHealthIndicator catalogueHealthIndicator(CurrentCatalogue current, CatalogueReader reader) {
        return new CatalogueHealthIndicator(current, reader);
    }
}
