package com.complaintbook.escalation.config;

import com.complaintbook.escalation.adapters.in.timer.TimerHousekeeping;
import com.complaintbook.escalation.adapters.in.timer.TimerThread;
import com.complaintbook.escalation.adapters.in.timer.TimersHealthIndicator;
import com.complaintbook.escalation.adapters.out.kafka.KafkaCommandPublisher;
import com.complaintbook.escalation.adapters.out.mongo.MongoBreachStore;
import com.complaintbook.escalation.adapters.out.mongo.MongoDeadlinePositions;
import com.complaintbook.escalation.adapters.out.mongo.MongoDeadlineStore;
import com.complaintbook.escalation.application.CommandPublisher;
import com.complaintbook.escalation.application.DeadlineRecorder;
import com.complaintbook.escalation.application.EscalationMetrics;
import com.complaintbook.escalation.application.TimerScheduler;
import com.complaintbook.kit.mongo.MongoTimeoutProperties;
import com.complaintbook.kit.sequence.StreamPositions;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The deadline and breach stores, the use case that feeds them, the timer scheduler that acts on
 * them, and where the sequence gate finds a complaint's position.
 */
@Configuration(proxyBeanMethods = false)
class EscalationConfiguration {

    @Bean
    MongoDeadlineStore deadlineStore(MongoTemplate mongoTemplate, EscalationMetrics metrics) {
        return new MongoDeadlineStore(mongoTemplate, metrics);
    }

    @Bean
    MongoBreachStore breachStore(MongoTemplate mongoTemplate) {
        return new MongoBreachStore(mongoTemplate);
    }

    /**
     * Creates the stores' indexes before anything reads them, and again until they exist, and counts
     * the open deadlines, on a thread of its own.
     */
    @Bean
    TimerHousekeeping timerHousekeeping(MongoDeadlineStore deadlineStore, MongoBreachStore breachStore,
                                        EscalationMetrics metrics, EscalationProperties properties) {
        TimerHousekeeping housekeeping = new TimerHousekeeping(
                List.of(deadlineStore::createIndexes, breachStore::createIndexes), deadlineStore::countOpen, metrics,
                properties.timers().loadInterval());
        housekeeping.createIndexes();
        return housekeeping;
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
    CommandPublisher commandPublisher(KafkaTemplate<String, String> kafkaTemplate, JsonMapper jsonMapper,
                                      EscalationProperties properties) {
        return new KafkaCommandPublisher(kafkaTemplate, jsonMapper, properties.kafka().sendTimeout());
    }

    @Bean
    TimerScheduler timerScheduler(MongoDeadlineStore store, CommandPublisher commandPublisher,
                                  EscalationMetrics metrics, Clock clock, EscalationProperties properties) {
        EscalationProperties.Timers timers = properties.timers();
        return new TimerScheduler(store, commandPublisher, metrics, clock, instanceId(),
                new TimerScheduler.Settings(timers.horizon(), timers.loadInterval(), timers.fullLoadInterval(),
                        timers.lease(),
                        timers.batchSize(), timers.retryInitial(), timers.retryMax()));
    }

    /**
     * The longest one healthy tick can take: a batch's sends, each waiting at most {@code max.block.ms}
     * for the first refused one (the rest of the batch is not tried after it) and the send timeout for
     * the acknowledgements, and the claim's read-back and the mark, each a MongoDB operation that may
     * wait out the kit's timeouts. A stop waits this long for the batch in hand, the heartbeat may be
     * this old (and the longest sleep) before the thread counts as stuck, and the lease must outlast it,
     * or another instance could claim a timer whose command is still being sent.
     */
    @Bean
    TimerBudget timerBudget(EscalationProperties properties, KafkaProperties kafkaProperties,
                            MongoTimeoutProperties mongoTimeouts) {
        TimerBudget budget = TimerBudget.of(properties, kafkaProperties, mongoTimeouts);
        budget.requireLeaseOutlastsTick(properties.timers().lease());
        return budget;
    }

    @Bean
    TimerThread timerThread(TimerScheduler scheduler, EscalationProperties properties, TimerBudget budget) {
        return new TimerThread(scheduler, properties.timers().maxSleep(), budget.worstTick());
    }

    /** The {@code timers} contributor, in the readiness group. */
    @Bean
    TimersHealthIndicator timersHealthIndicator(TimerScheduler scheduler, TimerThread timerThread,
                                                EscalationProperties properties, TimerBudget budget) {
        return new TimersHealthIndicator(scheduler, timerThread::isAlive,
                properties.timers().maxSleep().plus(budget.worstTick()));
    }

    @Bean
    DeadlineRecorder deadlineRecorder(MongoDeadlineStore deadlineStore, MongoBreachStore breachStore,
                                      TimerScheduler scheduler, EscalationMetrics escalationMetrics,
                                      EscalationProperties properties) {
        return new DeadlineRecorder(deadlineStore, breachStore, scheduler, escalationMetrics, properties.warnAt());
    }

    /**
     * Names this process in its claims: the host, for the operator reading a claim, and a random part,
     * so that a restarted process never takes its predecessor's claims for its own.
     */
    private static String instanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unnamed) {
            host = "unknown-host";
        }
        return host + "/" + UUID.randomUUID();
    }
}
