package com.complaintbook.kit.kafka;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;

import java.util.Collection;

/**
 * Releases the partitions this instance no longer owns from the {@link ConsumerRetryState}. A held
 * partition that moves to another instance (a rebalance, or this consumer dropped from the group) is
 * retried there, and reported there; left held here, it would keep this instance's readiness DOWN
 * for a record it will never see again.
 */
public class RetryStateRebalanceListener implements ConsumerAwareRebalanceListener {

    private final ConsumerRetryState state;

    public RetryStateRebalanceListener(ConsumerRetryState state) {
        this.state = state;
    }

    @Override
    public void onPartitionsRevokedAfterCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        state.released(partitions);
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        state.released(partitions);
    }
}
