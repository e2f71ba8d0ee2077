package com.complaintbook.intake.config;

import com.complaintbook.intake.adapters.out.kafka.ComplaintEventPublisher;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import java.time.Duration;

/**
 * The Axon event store and token store on intake's MongoDB database. axon-mongo has no Spring Boot 4
 * auto-configuration, so the three beans are declared here; Axon wraps the storage engine in its
 * embedded event store.
 */
@Configuration(proxyBeanMethods = false)
class AxonMongoConfiguration {

    /**
     * How far behind the newest event the publisher keeps looking for events committed late. An
     * event is stamped when applied but becomes visible at commit; one committed after a newer
     * event was already read is found only within this window (a Mongo stall, a pause, two intake
     * replicas with slightly different clocks). Axon's default of one second is too tight for
     * "every stored event is published".
     */
    static final Duration PUBLISHER_LOOK_BACK = Duration.ofMinutes(1);

    @Bean
    MongoTemplate axonMongoTemplate(MongoDatabaseFactory databases) {
        return DefaultMongoTemplate.builder().mongoDatabase(databases.getMongoDatabase()).build();
    }

    @Bean
    EventStorageEngine eventStorageEngine(MongoTemplate axonMongoTemplate,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          Serializer serializer) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(axonMongoTemplate)
                .storageStrategy(new DocumentPerEventStorageStrategy(EventEntryConfiguration.getDefault(), PUBLISHER_LOOK_BACK))
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer)
                .build();
        // The unique (aggregate, sequence) index is what makes two concurrent writers of one
        // complaint collide instead of both appending.
        engine.ensureIndexes();
        return engine;
    }

    @Bean
    TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        MongoTokenStore tokenStore = MongoTokenStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .build();
        tokenStore.ensureIndexes();
        return tokenStore;
    }

    /**
     * An event the publisher could not hand to Kafka must stop the processor, not be logged and
     * skipped: the processor then backs off and retries from its last token, so every stored event
     * is published.
     */
    @Bean
    ConfigurerModule publisherStopsOnFailure() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                ComplaintEventPublisher.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance());
    }
}
