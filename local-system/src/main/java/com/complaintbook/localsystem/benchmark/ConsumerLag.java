package com.complaintbook.localsystem.benchmark;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How many records each consumer group still has to read: the topic's end offsets minus the group's
 * committed offsets, added up over the partitions. A partition the group has committed nothing on
 * counts from its start, as the services read from the earliest offset.
 */
final class ConsumerLag {

    /**
     * Where a group stands on a topic, added up over its partitions.
     *
     * @param consumed the group's committed offsets
     * @param written  the topic's end offsets
     */
    record Position(long consumed, long written) {

        long lag() {
            return written - consumed;
        }
    }

    /** A consumer group on one topic. */
    record Subscription(String group, String topic) {

        @Override
        public String toString() {
            return group + " on " + topic;
        }
    }

    static final List<Subscription> WATCHED = List.of(
            new Subscription("routing-service", KafkaTopics.COMPLAINT_EVENTS),
            new Subscription("escalation-service", KafkaTopics.COMPLAINT_EVENTS),
            new Subscription("notification-service", KafkaTopics.COMPLAINT_EVENTS),
            new Subscription("reporting-service", KafkaTopics.COMPLAINT_EVENTS),
            new Subscription("intake-service", KafkaTopics.COMPLAINT_COMMANDS));

    private final Admin admin;
    private final List<Subscription> watched;

    ConsumerLag(Admin admin) {
        this(admin, WATCHED);
    }

    /** Only these subscriptions: a run that starts one service watches its group alone. */
    ConsumerLag(Admin admin, List<Subscription> watched) {
        this.admin = admin;
        this.watched = List.copyOf(watched);
    }

    Map<Subscription, Position> read() throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, List<TopicPartition>> partitions = admin.describeTopics(watched.stream().map(Subscription::topic)
                        .distinct().toList()).allTopicNames().get(5, TimeUnit.SECONDS)
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, topic -> topic.getValue().partitions()
                        .stream().map(partition -> new TopicPartition(topic.getKey(), partition.partition())).toList()));
        Map<TopicPartition, Long> ends = admin.listOffsets(partitions.values().stream().flatMap(List::stream)
                        .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest())))
                .all().get(5, TimeUnit.SECONDS).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
        Map<Subscription, Position> positions = new LinkedHashMap<>();
        for (Subscription subscription : watched) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(subscription.group())
                    .partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
            long consumed = 0;
            long written = 0;
            for (TopicPartition partition : partitions.get(subscription.topic())) {
                OffsetAndMetadata offset = committed.get(partition);
                consumed += offset == null ? 0 : offset.offset();
                written += ends.get(partition);
            }
            positions.put(subscription, new Position(consumed, written));
        }
        return positions;
    }
}
