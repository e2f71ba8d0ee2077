package com.complaintbook.kit.kafka;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.listener.BatchInterceptor;
import org.springframework.kafka.listener.RecordInterceptor;

/**
 * Tells the {@link ConsumerRetryState} when a delivery went through, for record and batch listeners
 * alike: a held partition is released by the first success on it, which is the held record's own
 * (it is delivered again first).
 */
public class ConsumerSuccessInterceptor implements RecordInterceptor<Object, Object>, BatchInterceptor<Object, Object> {

    private final ConsumerRetryState state;

    public ConsumerSuccessInterceptor(ConsumerRetryState state) {
        this.state = state;
    }

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        return record;
    }

    @Override
    public ConsumerRecords<Object, Object> intercept(ConsumerRecords<Object, Object> records, Consumer<Object, Object> consumer) {
        return records;
    }

    @Override
    public void success(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        state.succeeded(new TopicPartition(record.topic(), record.partition()));
    }

    @Override
    public void success(ConsumerRecords<Object, Object> records, Consumer<Object, Object> consumer) {
        state.succeeded(records.partitions());
    }
}
