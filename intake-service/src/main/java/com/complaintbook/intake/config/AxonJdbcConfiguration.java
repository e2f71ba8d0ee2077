package com.complaintbook.intake.config;

import com.complaintbook.intake.publishing.adapters.out.kafka.ComplaintEventPublisher;
import com.complaintbook.intake.publishing.config.PublicationConfiguration;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;

/**
 * The Axon event store and token store on intake's PostgreSQL database (tables by Flyway, see
 * {@code db/migration}). Axon's own JDBC auto-configuration does not create the engine under
 * Spring Boot 4, so the beans are declared here; Axon wraps the engine in its embedded event store.
 *
 * <p>Axon's units of work run in Spring transactions on the same data source, so whatever a caller
 * writes in its own transaction (an idempotency claim) commits or rolls back with the events.
 */
@Configuration(proxyBeanMethods = false)
class AxonJdbcConfiguration {

    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new SpringDataSourceConnectionProvider(dataSource);
    }

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return new SpringTransactionManager(transactions);
    }

    @Bean
    EventStorageEngine eventStorageEngine(ConnectionProvider axonConnectionProvider, TransactionManager axonTransactionManager,
                                          @Qualifier("eventSerializer") Serializer eventSerializer, Serializer serializer,
                                          ObjectProvider<EventUpcaster> upcasters) {
        return JdbcEventStorageEngine.builder()
                .connectionProvider(axonConnectionProvider)
                .transactionManager(axonTransactionManager)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer)
                .upcasterChain(new EventUpcasterChain(upcasters.orderedStream().toList()))
                .persistenceExceptionResolver(new JdbcSQLErrorCodesResolver())
                .schema(EventSchema.builder()
                        .eventTable("domain_event_entry")
                        .snapshotTable("snapshot_event_entry")
                        .globalIndexColumn("global_index")
                        .eventIdentifierColumn("event_identifier")
                        .aggregateIdentifierColumn("aggregate_identifier")
                        .sequenceNumberColumn("sequence_number")
                        .typeColumn("type")
                        .timestampColumn("time_stamp")
                        .payloadTypeColumn("payload_type")
                        .payloadRevisionColumn("payload_revision")
                        .payloadColumn("payload")
                        .metaDataColumn("meta_data")
                        .build())
                .build();
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider axonConnectionProvider, Serializer serializer) {
        return JdbcTokenStore.builder()
                .connectionProvider(axonConnectionProvider)
                .serializer(serializer)
                .nodeId(PublicationConfiguration.NODE_ID)
                .schema(TokenSchema.builder()
                        .setTokenTable("token_entry")
                        .setProcessorNameColumn("processor_name")
                        .setSegmentColumn("segment")
                        .setTokenColumn("token")
                        .setTokenTypeColumn("token_type")
                        .setTimestampColumn("timestamp")
                        .setOwnerColumn("owner")
                        .build())
                .build();
    }

    /** Each change of a stored event's shape adds its upcaster here, oldest first (see {@code ComplaintEvent}). */
    @Bean
    @Order(1)
    EventUpcaster escalatedRevisionOneUpcaster() {
        return new EscalatedRevisionOneUpcaster();
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
