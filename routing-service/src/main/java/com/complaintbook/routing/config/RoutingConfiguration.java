package com.complaintbook.routing.config;

import com.complaintbook.routing.adapters.document.OrganisationDocumentFormat;
import com.complaintbook.routing.adapters.in.kafka.ComplaintEventsGate;
import com.complaintbook.routing.adapters.in.timer.CatalogueHealthIndicator;
import com.complaintbook.routing.adapters.in.timer.OrganisationHealthIndicator;
import com.complaintbook.routing.adapters.in.timer.OrganisationRefresher;
import com.complaintbook.routing.adapters.out.mongo.MongoOrganisationStore;
import com.complaintbook.routing.adapters.out.mongo.MongoRoutedComplaints;
import com.complaintbook.routing.application.AssignmentPublisher;
import com.complaintbook.routing.application.CataloguePublisher;
import com.complaintbook.routing.application.CatalogueSink;
import com.complaintbook.routing.application.ComplaintRouting;
import com.complaintbook.routing.application.OrganisationHistory;
import com.complaintbook.routing.application.OrganisationImport;
import com.complaintbook.routing.application.RoutingMetrics;
import com.complaintbook.routing.domain.BusinessTimeSlaPolicy;
import com.complaintbook.routing.domain.CalendarTimeSlaPolicy;
import com.complaintbook.routing.domain.OrganisationVersion;
import com.complaintbook.routing.domain.Router;
import com.complaintbook.routing.domain.SlaPolicy;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

/**
 * The organisation's store, history and import, routing's record of complaints, the routing use case,
 * the catalogue publication, and the thread that keeps them current. A configured organisation file is
 * imported while this is built, so a bad one stops the start (see
 * {@link InvalidOrganisationFailureAnalyzer}).
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    @Bean
    OrganisationDocumentFormat organisationDocumentFormat() {
        return new OrganisationDocumentFormat();
    }

    @Bean
    MongoOrganisationStore organisationStore(MongoTemplate mongoTemplate, OrganisationDocumentFormat format) {
        return new MongoOrganisationStore(mongoTemplate, format);
    }

    @Bean
    MongoRoutedComplaints routedComplaints(MongoTemplate mongoTemplate) {
        return new MongoRoutedComplaints(mongoTemplate);
    }

    /**
     * Business time from each version's calendars, unless calendar-time periods are configured
     * ({@code complaintbook.routing.sla.*}), which then apply to every version.
     */
    @Bean
    OrganisationHistory organisationHistory(MongoOrganisationStore store, RoutingProperties properties,
                                            RoutingMetrics metrics, Clock clock) {
        RoutingProperties.Sla sla = properties.sla();
        Function<OrganisationVersion, SlaPolicy> policies = sla.overridden()
                ? version -> new CalendarTimeSlaPolicy(sla.complaint(), sla.suggestion(), sla.escalated())
                : version -> BusinessTimeSlaPolicy.of(version.organisation());
        // A second between looks at the store's highest version number: a batch decided by an
        // organisation another replica replaced is kept for good, and one look costs an indexed read.
        OrganisationHistory history = new OrganisationHistory(store, policies, clock, metrics, Duration.ofSeconds(1));
        metrics.organisationVersion(history, organisations -> organisations.isEmpty() ? 0
                : organisations.at(clock.instant()).stored().version());
        return history;
    }

    @Bean
    OrganisationImport organisationImport(MongoOrganisationStore store, OrganisationHistory history, Clock clock,
                                          RoutingMetrics metrics, OrganisationDocumentFormat format,
                                          RoutingProperties properties) {
        OrganisationImport imports = new OrganisationImport(store, history, clock, metrics);
        // Without a file nothing here needs MongoDB: the refresher's first tick loads the versions, so a
        // database that is away at start delays routing instead of stopping it.
        if (properties.organisation().file() != null) {
            OrganisationFile.importAtStart(properties.organisation().file(), format, imports);
        }
        return imports;
    }

    @Bean
    Router router(MongoRoutedComplaints workloads) {
        return new Router(workloads);
    }

    @Bean
    RoutingMetrics routingMetrics(MeterRegistry meterRegistry) {
        return new RoutingMetrics(meterRegistry);
    }

    @Bean
    ComplaintRouting complaintRouting(OrganisationHistory history, MongoRoutedComplaints complaints, Router router,
                                      AssignmentPublisher assignmentPublisher, RoutingMetrics metrics) {
        return new ComplaintRouting(history, complaints, router, assignmentPublisher, metrics);
    }

    @Bean
    CataloguePublisher cataloguePublisher(OrganisationHistory history, MongoOrganisationStore store, CatalogueSink sink,
                                          Clock clock, RoutingMetrics metrics) {
        return new CataloguePublisher(history, store, sink, clock, metrics);
    }

    @Bean
    ComplaintEventsGate complaintEventsGate(KafkaListenerEndpointRegistry listeners, OrganisationHistory history) {
        return new ComplaintEventsGate(listeners, history);
    }

    @Bean
    OrganisationRefresher organisationRefresher(OrganisationHistory history, OrganisationImport imports,
                                                ComplaintEventsGate gate, CataloguePublisher catalogue,
                                                MongoRoutedComplaints complaints, RoutingProperties properties,
                                                RoutingMetrics metrics) {
        OrganisationRefresher refresher = new OrganisationRefresher(history, imports, gate, catalogue,
                properties.organisation().refreshInterval(), complaints::createIndexes, metrics);
        imports.whenAccepted(refresher::tickSoon);
        return refresher;
    }

    /** The {@code organisation} readiness check. */
    @Bean
    OrganisationHealthIndicator organisationHealthIndicator(OrganisationHistory history) {
        return new OrganisationHealthIndicator(history);
    }

    /** The {@code catalogue} readiness check. */
    @Bean
    CatalogueHealthIndicator catalogueHealthIndicator(CataloguePublisher catalogue) {
        return new CatalogueHealthIndicator(catalogue);
    }
}
