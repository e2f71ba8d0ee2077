package com.complaintbook.intake.publishing.config;

import com.complaintbook.intake.config.IntakeProperties;
import com.complaintbook.intake.publishing.adapters.out.kafka.ComplaintEventPublisher;
import com.complaintbook.intake.publishing.adapters.out.kafka.PublicationHealthIndicator;
import com.complaintbook.intake.publishing.adapters.out.kafka.PublicationMonitor;
import com.complaintbook.intake.publishing.adapters.out.kafka.PublisherLivenessIndicator;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.serialization.Serializer;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** The publisher of the event store, and what watches it: metrics, readiness and liveness. */
@Configuration(proxyBeanMethods = false)
public class PublicationConfiguration {

    /** Who holds the publisher's claim in the token store; the monitor compares it with this. */
    public static final String NODE_ID = ManagementFactory.getRuntimeMXBean().getName();

    @Bean
    ComplaintEventPublisher complaintEventPublisher(KafkaTemplate<String, String> kafka, JsonMapper json,
                                                    IntakeProperties properties, MeterRegistry meters) {
        return new ComplaintEventPublisher(kafka, json, properties.kafka().publishTimeout(), meters);
    }

    @Bean
    PublicationMonitor publicationMonitor(JdbcClient jdbc, Serializer serializer, EventProcessingConfiguration processing,
                                          Clock clock, MeterRegistry meters) {
        return new PublicationMonitor(jdbc, serializer,
                () -> processing.eventProcessor(ComplaintEventPublisher.PROCESSING_GROUP, TrackingEventProcessor.class),
                NODE_ID, clock, meters);
    }

    @Bean("publication")
    PublicationHealthIndicator publicationHealthIndicator(PublicationMonitor monitor, PublicationProperties settings,
                                                          Clock clock) {
        return new PublicationHealthIndicator(monitor::status, monitor::isRunningHere, settings.maxLag(),
                settings.checkInterval().multipliedBy(3), clock);
    }

    @Bean("publisher")
    PublisherLivenessIndicator publisherLivenessIndicator(PublicationMonitor monitor, PublicationProperties settings,
                                                          Clock clock) {
        return new PublisherLivenessIndicator(monitor::status, settings.stuckAfter(), clock);
    }

    @Bean
    SmartLifecycle publicationChecks(PublicationMonitor monitor, PublicationProperties settings) {
        return new SmartLifecycle() {
            private ScheduledExecutorService scheduler;

            @Override
            public void start() {
                scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "publication-monitor");
                    thread.setDaemon(true);
                    return thread;
                });
                long interval = settings.checkInterval().toMillis();
                scheduler.scheduleWithFixedDelay(() -> {
                    monitor.check();
                    monitor.restartIfStopped(settings.restartAfter());
                }, 0, interval, TimeUnit.MILLISECONDS);
            }

            @Override
            public void stop() {
                scheduler.shutdownNow();
                scheduler = null;
            }

            @Override
            public boolean isRunning() {
                return scheduler != null;
            }
        };
    }
}
