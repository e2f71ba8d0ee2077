package com.complaintbook.routing.adapters.out.kafka;

import com.complaintbook.contracts.LocalizedText;
import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.catalogue.CatalogueCategory;
import com.complaintbook.contracts.catalogue.CatalogueEntryType;
import com.complaintbook.routing.application.CatalogueRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sink's reading of the catalogue topic against a real broker: the keys an earlier run left live,
 * tombstones taken into account, and nothing at all while the topic does not exist.
 */
@EmbeddedKafka
class KafkaCatalogueSinkIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void givenRecordsOfAnEarlierRun_whenTheLiveKeysAreRead_thenTheKeysWhoseLatestRecordIsAnEntry(
            EmbeddedKafkaBroker broker) throws Exception {
        assertThat(sink(broker).liveKeys()).as("no topic yet").isEmpty();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()))) {
            admin.createTopics(List.of(new NewTopic(Topics.CATALOGUE, 1, (short) 1))).all().get();
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(Topics.CATALOGUE, "store/kyiv-001", "{}")).get();
            producer.send(new ProducerRecord<>(Topics.CATALOGUE, "store/lviv-003", "{}")).get();
            producer.send(new ProducerRecord<>(Topics.CATALOGUE, "store/lviv-003", null)).get();
            producer.send(new ProducerRecord<>(Topics.CATALOGUE, "staff/left-long-ago", "{}")).get();
            producer.send(new ProducerRecord<>(Topics.CATALOGUE, "version", "{}")).get();
            producer.send(new ProducerRecord<>(Topics.CATALOGUE, "no-such-type/x", "{}")).get();
        }
        KafkaCatalogueSink sink = sink(broker);
        CatalogueCategory delivery = new CatalogueCategory("delivery", new LocalizedText("Доставка", "Доставка", "Delivery"));
        sink.publish(List.of(new CatalogueRecord(CatalogueEntryType.CATEGORY, "category/delivery", delivery,
                JSON.writeValueAsString(delivery)), CatalogueRecord.tombstone("staff/left-long-ago")), 1, Instant.now());

        assertThat(sink.liveKeys()).containsExactlyInAnyOrder("store/kyiv-001", "category/delivery");
    }

    private static KafkaCatalogueSink sink(EmbeddedKafkaBroker broker) {
        Map<String, Object> producer = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        Map<String, Object> consumer = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaCatalogueSink(new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(producer)), JSON,
                Duration.ofSeconds(10),
                () -> new KafkaConsumer<>(consumer, new StringDeserializer(), new StringDeserializer()),
                Duration.ofSeconds(10));
    }
}
