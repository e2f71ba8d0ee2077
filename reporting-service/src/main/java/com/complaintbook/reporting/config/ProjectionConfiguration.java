package com.complaintbook.reporting.config;

import com.complaintbook.reporting.application.ComplaintViewProjection;
import com.complaintbook.reporting.application.ComplaintViewStore;
import com.complaintbook.reporting.application.MilestoneProjection;
import com.complaintbook.reporting.application.MilestoneStore;
import com.complaintbook.reporting.application.ProjectComplaintEvents;
import com.complaintbook.reporting.application.Projection;
import com.complaintbook.reporting.domain.ComplaintViewEvolution;
import com.complaintbook.reporting.domain.Milestones;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.List;

/** The read models and the use case that feeds them; a new read model is one more {@link Projection} bean. */
@Configuration(proxyBeanMethods = false)
class ProjectionConfiguration {

    @Bean
    ComplaintViewProjection complaintViewProjection(ComplaintViewStore store) {
        return new ComplaintViewProjection(new ComplaintViewEvolution(), store);
    }

    @Bean
    MilestoneProjection milestoneProjection(MilestoneStore store) {
        return new MilestoneProjection(new Milestones(), store);
    }

    @Bean
    ProjectComplaintEvents projectComplaintEvents(List<Projection> projections, MeterRegistry meters, Clock clock) {
        return new ProjectComplaintEvents(projections, meters, clock);
    }
}
