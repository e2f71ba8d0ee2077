package com.complaintbook.archfixture.broken.application;

import org.apache.kafka.clients.producer.ProducerRecord;

public class KafkaInTheUseCase {
    public ProducerRecord<String, String> record(String id) {
        return new ProducerRecord<>("complaints", id, id);
    }
}
