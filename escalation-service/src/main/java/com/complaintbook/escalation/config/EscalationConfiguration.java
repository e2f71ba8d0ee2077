package com.complaintbook.escalation.config;

import com.complaintbook.escalation.adapters.out.mongo.MongoDeadlinePositions;
import com.complaintbook.escalation.adapters.out.mongo.MongoDeadlineStore;
import com.complaintbook.escalation.application.DeadlineRecorder;
import com.complaintbook.escalation.application.DeadlineStore;
import com.complaintbook.escalation.application.EscalationMetrics;
import com.complaintbook.kit.sequence.StreamPositions;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The deadline store, the use case that feeds it, and where the sequence gate finds a complaint's position. */
@Configuration(proxyBeanMethods = false)
class EscalationConfiguration {

    @Bean
    DeadlineStore deadlineStore(MongoTemplate mongoTemplate) {
        MongoDeadlineStore store = new MongoDeadlineStore(mongoTemplate);
        store.createIndexes();
        return store;
    }

    /** Takes the kit's sequence gate on: where a complaint stands for one the gate has not seen yet. */
    @Bean
    StreamPositions deadlinePositions(MongoTemplate mongoTemplate) {
        return new MongoDeadlinePositions(mongoTemplate);
    }

    @Bean
    EscalationMetrics escalationMetrics(MeterRegistry meterRegistry) {
        return new EscalationMetrics(meterRegistry);
    }

    @Bean
    DeadlineRecorder deadlineRecorder(DeadlineStore deadlineStore, EscalationMetrics escalationMetrics) {
        return new DeadlineRecorder(deadlineStore, escalationMetrics);
    }
}
