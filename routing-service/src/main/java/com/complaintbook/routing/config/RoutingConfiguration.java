package com.complaintbook.routing.config;

import com.complaintbook.routing.application.AssignmentPublisher;
import com.complaintbook.routing.application.ComplaintRouting;
import com.complaintbook.routing.application.RoutingMetrics;
import com.complaintbook.routing.domain.CalendarTimeSlaPolicy;
import com.complaintbook.routing.domain.CategoryResponsibilityTable;
import com.complaintbook.routing.domain.Employee;
import com.complaintbook.routing.domain.OrgChart;
import com.complaintbook.routing.domain.ResponsibilityRules;
import com.complaintbook.routing.domain.Router;
import com.complaintbook.routing.domain.SlaPolicy;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the organisation and the routing use cases from configuration. A broken org chart or a rule
 * naming an unknown employee throws while these beans are created, so the service does not start
 * (see {@link InvalidOrganisationFailureAnalyzer} for the message). Replacing the category table or
 * the calendar SLA with a richer model means replacing one bean here.
 */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    @Bean
    OrgChart orgChart(RoutingProperties properties) {
        return OrgChart.of(properties.employees().stream()
                .map(employee -> new Employee(employee.id(), employee.name(), employee.email(),
                        employee.manager() == null || employee.manager().isBlank() ? null : employee.manager()))
                .toList());
    }

    @Bean
    ResponsibilityRules responsibilityRules(OrgChart orgChart, RoutingProperties properties) {
        return new CategoryResponsibilityTable(orgChart, properties.responsibilities(), properties.defaultAssignee());
    }

    @Bean
    SlaPolicy slaPolicy(RoutingProperties properties) {
        RoutingProperties.Sla sla = properties.sla();
        return new CalendarTimeSlaPolicy(sla.complaint(), sla.suggestion(), sla.escalated());
    }

    @Bean
    Router router(OrgChart orgChart, ResponsibilityRules responsibilityRules, SlaPolicy slaPolicy) {
        return new Router(orgChart, responsibilityRules, slaPolicy);
    }

    @Bean
    RoutingMetrics routingMetrics(MeterRegistry meterRegistry) {
        return new RoutingMetrics(meterRegistry);
    }

    @Bean
    ComplaintRouting complaintRouting(Router router, AssignmentPublisher assignmentPublisher, RoutingMetrics metrics) {
        return new ComplaintRouting(router, assignmentPublisher, metrics);
    }
}
