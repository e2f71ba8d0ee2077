package com.complaintbook.escalation.config;

import com.complaintbook.escalation.adapters.out.mongo.MongoDeadlineStore;
import com.complaintbook.escalation.application.DeadlineRecorder;
import com.complaintbook.escalation.application.DeadlineStore;
import com.complaintbook.escalation.application.EscalationMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The deadline store and the use case that feeds it. */
@Configuration(proxyBeanMethods = false)
class EscalationConfiguration {

    @Bean
    DeadlineStore deadlineStore(MongoTemplate mongoTemplate) {
        MongoDeadlineStore store = new MongoDeadlineStore(mongoTemplate);
        store.createIndexes();
        return store;
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
