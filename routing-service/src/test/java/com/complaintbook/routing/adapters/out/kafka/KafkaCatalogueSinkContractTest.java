package com.complaintbook.routing.adapters.out.kafka;

import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.LocalizedText;
import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.catalogue.CatalogueCategory;
import com.complaintbook.contracts.catalogue.CatalogueEntryType;
import com.complaintbook.contracts.catalogue.CatalogueRegion;
import com.complaintbook.contracts.catalogue.CatalogueStaff;
import com.complaintbook.contracts.catalogue.CatalogueStore;
import com.complaintbook.contracts.catalogue.CatalogueVersion;
import com.complaintbook.routing.application.CataloguePublisher;
import com.complaintbook.routing.application.CatalogueRecord;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.mock.MockProducerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The producer side of the catalogue's contract: every entry type routing publishes, sent by the real
 * sink, is a record the contracts' JSON Schemas accept (envelope and entry), keyed {@code <type>/<id>}
 * on the catalogue topic, with tombstones as null values and the marker last.
 */
class KafkaCatalogueSinkContractTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            registry -> registry.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Instant AT = Instant.parse("2026-12-01T08:00:00Z");
    private static final LocalizedText KYIV = new LocalizedText("Киев", "Київ", "Kyiv");

    @Test
    void everyEntryTypeIsPublishedAsARecordTheContractsAccept() {
        List<CatalogueRecord> records = List.of(
                record(CatalogueEntryType.REGION, "kyiv", new CatalogueRegion("kyiv", KYIV, null)),
                record(CatalogueEntryType.STORE, "kyiv-001", new CatalogueStore("kyiv-001", KYIV, KYIV, "kyiv",
                        "Europe/Kyiv")),
                record(CatalogueEntryType.CATEGORY, "delivery", new CatalogueCategory("delivery",
                        new LocalizedText("Доставка", "Доставка", "Delivery"))),
                record(CatalogueEntryType.STAFF, "oksana.tkachenko", new CatalogueStaff("oksana.tkachenko",
                        "Oksana Tkachenko", "oksana.tkachenko@retail.example", Language.UK, List.of("ivan.petrenko"))),
                CatalogueRecord.tombstone(CatalogueEntryType.STORE.key("lviv-003")),
                record(CatalogueEntryType.VERSION, null, new CatalogueVersion(7, AT, 1, 1, 1, 1, "0".repeat(64))));

        List<ProducerRecord<String, String>> sent = send(records);

        assertThat(sent).extracting(ProducerRecord::topic).containsOnly(Topics.CATALOGUE);
        assertThat(sent).extracting(ProducerRecord::key).containsExactly("region/kyiv", "store/kyiv-001",
                "category/delivery", "staff/oksana.tkachenko", "store/lviv-003", "version");
        assertThat(sent.get(4).value()).as("a tombstone").isNull();
        for (ProducerRecord<String, String> record : sent) {
            if (record.value() != null) {
                assertThat(violations(record)).as(record.value()).isEmpty();
            }
        }
        assertThat(sent.stream().filter(record -> record.value() != null)
                .map(record -> JSON.readTree(record.value()).path("type").asString()).collect(Collectors.toSet()))
                .as("every entry type the contracts define")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(CatalogueEntryType.values())
                        .map(CatalogueEntryType::logicalName).toList());
    }

    @Test
    void theEntryGoesOutAsTheVerySameJsonTheDigestCovers() {
        CatalogueRecord store = record(CatalogueEntryType.STORE, "kyiv-001", new CatalogueStore("kyiv-001", KYIV, KYIV,
                "kyiv", "Europe/Kyiv"));

        String value = send(List.of(store)).get(0).value();

        assertThat(value).contains("\"entry\":" + store.json());
    }

    /** The worked example of contracts/README.md "The marker's digest", which readers test against too. */
    @Test
    void theDigestOfTheReadmesWorkedExampleIsTheOneTheReadmeGives() {
        CatalogueRecord category = record(CatalogueEntryType.CATEGORY, "delivery", new CatalogueCategory("delivery",
                new LocalizedText("Доставка", "Доставка", "Delivery")));
        CatalogueRecord store = record(CatalogueEntryType.STORE, "kyiv-001", new CatalogueStore("kyiv-001",
                new LocalizedText("Киев, Крещатик", "Київ, Хрещатик", "Kyiv, Khreshchatyk"),
                new LocalizedText("ул. Крещатик, 22, Киев", "вул. Хрещатик, 22, Київ", "22 Khreshchatyk St, Kyiv"),
                "kyiv", "Europe/Kyiv"));

        assertThat(CataloguePublisher.digest(List.of(category, store)))
                .isEqualTo("2c7cd0154e2304e30470515cf40f9f99f78e2088be7d65e76e2c47036b9a341d");
    }

    @Test
    void givenAnEntryNotYetAcknowledged_whenPublishing_thenTheMarkerIsNotSentUntilItIs() throws Exception {
        MockProducer<String, String> producer = keptProducer(false);
        KafkaCatalogueSink sink = sink(producer, Duration.ofSeconds(5));
        List<CatalogueRecord> records = List.of(
                record(CatalogueEntryType.CATEGORY, "delivery", new CatalogueCategory("delivery", KYIV)),
                record(CatalogueEntryType.VERSION, null, new CatalogueVersion(7, AT, 0, 0, 1, 0, "0".repeat(64))));

        CompletableFuture<Void> publishing = CompletableFuture.runAsync(() -> sink.publish(records, 7, AT));

        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(producer.history()).extracting(ProducerRecord::key)
                        .containsExactly("category/delivery"));
        assertThat(producer.completeNext()).isTrue();
        await().atMost(Duration.ofSeconds(2)).untilAsserted(() -> assertThat(producer.history())
                .extracting(ProducerRecord::key).containsExactly("category/delivery", "version"));
        assertThat(producer.completeNext()).isTrue();
        publishing.get(2, TimeUnit.SECONDS);
    }

    @Test
    void givenAnEntryTheBrokerRefuses_whenPublishing_thenTheMarkerIsNeverSentAndThePublicationFails() {
        MockProducer<String, String> producer = keptProducer(false);
        KafkaCatalogueSink sink = sink(producer, Duration.ofSeconds(5));
        List<CatalogueRecord> records = List.of(
                record(CatalogueEntryType.CATEGORY, "delivery", new CatalogueCategory("delivery", KYIV)),
                record(CatalogueEntryType.VERSION, null, new CatalogueVersion(7, AT, 0, 0, 1, 0, "0".repeat(64))));

        CompletableFuture<Void> publishing = CompletableFuture.runAsync(() -> sink.publish(records, 7, AT));
        await().atMost(Duration.ofSeconds(2)).until(() -> producer.history().size() == 1);
        producer.errorNext(new RuntimeException("not leader"));

        assertThatThrownBy(() -> publishing.get(2, TimeUnit.SECONDS)).hasRootCauseMessage("not leader");
        assertThat(producer.history()).extracting(ProducerRecord::key).containsExactly("category/delivery");
    }

    private static List<String> violations(ProducerRecord<String, String> record) {
        JsonNode envelope = JSON.readTree(record.value());
        CatalogueEntryType type = CatalogueEntryType.of(envelope.path("type").asString(),
                envelope.path("version").asInt()).orElseThrow();
        String entrySchema = "Catalogue" + type.entryType().getSimpleName().substring("Catalogue".length());
        List<String> violations = new ArrayList<>();
        schema("CatalogueEnvelope.v1").validate(envelope).forEach(error -> violations.add("envelope " + error));
        schema(entrySchema + ".v" + type.version()).validate(envelope.path("entry"))
                .forEach(error -> violations.add("entry " + error));
        if (!type.key(CatalogueEntryType.idOf(record.key())).equals(record.key())
                || type != CatalogueEntryType.ofKey(record.key()).orElseThrow()) {
            violations.add("key " + record.key() + " is not a " + type.logicalName() + " key");
        }
        if (type != CatalogueEntryType.VERSION
                && !CatalogueEntryType.idOf(record.key()).equals(envelope.path("entry").path("id").asString())) {
            violations.add("key " + record.key() + " does not name the entry's id");
        }
        return violations;
    }

    private static Schema schema(String name) {
        return SCHEMAS.getSchema(SchemaLocation.of("classpath:contracts/schemas/catalogue/" + name + ".schema.json"));
    }

    private static CatalogueRecord record(CatalogueEntryType type, String id, Object entry) {
        return new CatalogueRecord(type, type.key(id), entry, JSON.writeValueAsString(entry));
    }

    private static List<ProducerRecord<String, String>> send(List<CatalogueRecord> records) {
        MockProducer<String, String> producer = keptProducer(true);
        sink(producer, Duration.ofSeconds(5)).publish(records, 7, AT);
        return producer.history();
    }

    /** The template closes its producer after each send; the mock must outlive that to keep its history. */
    private static MockProducer<String, String> keptProducer(boolean autoComplete) {
        return new MockProducer<>(autoComplete, null, new StringSerializer(), new StringSerializer()) {
            @Override
            public void close(Duration timeout) {
            }
        };
    }

    private static KafkaCatalogueSink sink(MockProducer<String, String> producer, Duration timeout) {
        return new KafkaCatalogueSink(new KafkaTemplate<>(new MockProducerFactory<>(() -> producer)),
                JsonMapper.builder().build(), timeout, () -> {
                    throw new UnsupportedOperationException("not read here");
                }, timeout);
    }
}
