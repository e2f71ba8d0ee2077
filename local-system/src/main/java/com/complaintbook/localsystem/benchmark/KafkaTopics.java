package com.complaintbook.localsystem.benchmark;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The topics the benchmark reads or writes. */
final class KafkaTopics {

    /**
     * contracts' {@code Topics.COMPLAINT_EVENTS}; contracts stays off the launcher's classpath, and a
     * unit test holds the two equal.
     */
    static final String COMPLAINT_EVENTS = "complaint-book.complaint-events";
    /** contracts' {@code Topics.COMPLAINT_COMMANDS}. */
    static final String COMPLAINT_COMMANDS = "complaint-book.complaint-commands";
    /** The reference endpoint's own topic, so that nothing in the system ever reads what it writes. */
    static final String REFERENCE = "benchmark.reference";

    private KafkaTopics() {
    }

    /**
     * Creates the reference topic with as many partitions as the events topic, which intake created
     * when it started: the reference writes to the broker as intake's publisher does.
     */
    static int createReferenceTopic(Admin admin) throws InterruptedException {
        try {
            int partitions = admin.describeTopics(List.of(COMPLAINT_EVENTS)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(COMPLAINT_EVENTS).partitions().size();
            admin.createTopics(List.of(new NewTopic(REFERENCE, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
            return partitions;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                throw new IllegalStateException(REFERENCE + " exists already: this is not a fresh broker", e);
            }
            throw new IllegalStateException("Could not create " + REFERENCE, e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer while creating " + REFERENCE, e);
        }
    }
}
