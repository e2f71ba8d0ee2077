package com.complaintbook.routing.config;

import com.complaintbook.routing.application.AssignmentPublisher;
import com.complaintbook.routing.application.ComplaintRouting;
import com.complaintbook.routing.application.RoutingMetrics;
import com.complaintbook.routing.domain.CalendarTimeSlaPolicy;
import com.complaintbook.routing.domain.OrganisationVersion;
import com.complaintbook.routing.domain.Router;
import com.complaintbook.routing.domain.SlaPolicy;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the organisation and the routing use cases from configuration. A broken org chart or a rule
 * naming an unknown employee throws while these beans are created, so the service does not start
 * (see {@link InvalidOrganisationFailureAnalyzer} for the message). The organisation is still
 * the one {@code complaintbook.routing} configures, translated by {@link ConfiguredOrganisation}.
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    @Bean
    OrganisationVersion organisation(RoutingProperties properties) {
        return OrganisationVersion.of(1, ConfiguredOrganisation.of(properties));
    }

    @Bean
    SlaPolicy slaPolicy(RoutingProperties properties) {
        RoutingProperties.Sla sla = properties.sla();
        return new CalendarTimeSlaPolicy(sla.complaint(), sla.suggestion(), sla.escalated());
    }

    @Bean
    Router router() {
        return new Router(ConfiguredOrganisation.WITHOUT_GROUPS);
    }

    @Bean
    RoutingMetrics routingMetrics(MeterRegistry meterRegistry) {
        return new RoutingMetrics(meterRegistry);
    }

    @Bean
    ComplaintRouting complaintRouting(Router router, OrganisationVersion organisation, SlaPolicy slaPolicy,
                                      AssignmentPublisher assignmentPublisher, RoutingMetrics metrics) {
        return new ComplaintRouting(router, organisation, slaPolicy, assignmentPublisher, metrics);
    }
}
