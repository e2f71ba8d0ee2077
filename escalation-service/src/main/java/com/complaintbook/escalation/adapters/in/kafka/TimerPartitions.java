package com.complaintbook.escalation.adapters.in.kafka;

import com.complaintbook.contracts.Topics;
import com.complaintbook.escalation.application.TimerScheduler;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;

import java.util.Collection;
import java.util.List;

/**
 * Hands the events-topic partitions the consumer gains or loses to the timer scheduler, so each
 * instance fires the timers of the complaints it consumes, and passes every rebalance on to the
 * listener it composes with (the kit's, which releases the consumer retry state).
 */
public class TimerPartitions implements ConsumerAwareRebalanceListener {

    private final TimerScheduler scheduler;
    private final ConsumerAwareRebalanceListener delegate;

    public TimerPartitions(TimerScheduler scheduler, ConsumerAwareRebalanceListener delegate) {
        this.scheduler = scheduler;
        this.delegate = delegate;
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        delegate.onPartitionsAssigned(consumer, partitions);
        scheduler.assigned(events(partitions));
    }

    @Override
    public void onPartitionsRevokedBeforeCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        delegate.onPartitionsRevokedBeforeCommit(consumer, partitions);
    }

    @Override
    public void onPartitionsRevokedAfterCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        delegate.onPartitionsRevokedAfterCommit(consumer, partitions);
        scheduler.revoked(events(partitions));
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        delegate.onPartitionsLost(consumer, partitions);
        scheduler.revoked(events(partitions));
    }

    private static List<Integer> events(Collection<TopicPartition> partitions) {
        return partitions.stream()
                .filter(partition -> partition.topic().equals(Topics.COMPLAINT_EVENTS))
                .map(TopicPartition::partition)
                .toList();
    }
}
