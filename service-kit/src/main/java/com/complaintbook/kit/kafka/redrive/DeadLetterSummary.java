package com.complaintbook.kit.kafka.redrive;

import java.util.List;
import java.util.Map;

/**
 * What a service's dead-letter topics hold.
 *
 * @param topics one entry per dead-letter topic of the service's consumers
 */
public record DeadLetterSummary(List<TopicSummary> topics) {

    /**
     * @param topic            the dead-letter topic
     * @param parked           records on it (those the topic's retention still keeps)
     * @param waiting          of those, records not re-driven yet: the depth
     * @param waitingByReason  the waiting records by the type of their refusal ({@code unknown} without a reason header)
     */
    public record TopicSummary(String topic, long parked, long waiting, Map<String, Long> waitingByReason) {

        public TopicSummary {
            waitingByReason = Map.copyOf(waitingByReason);
        }
    }

    public DeadLetterSummary {
        topics = List.copyOf(topics);
    }
}
