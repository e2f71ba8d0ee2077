package com.complaintbook.localsystem;

import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.LocalizedText;
import com.complaintbook.contracts.Topics;
import com.complaintbook.contracts.catalogue.CatalogueCategory;
import com.complaintbook.contracts.catalogue.CatalogueEntryType;
import com.complaintbook.contracts.catalogue.CatalogueEnvelope;
import com.complaintbook.contracts.catalogue.CatalogueRegion;
import com.complaintbook.contracts.catalogue.CatalogueStaff;
import com.complaintbook.contracts.catalogue.CatalogueStore;
import com.complaintbook.contracts.catalogue.CatalogueVersion;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The catalogue routing publishes, for a test that runs intake without routing: intake is not ready
 * until it has read one. Written as routing writes it (contracts/README.md, "The catalogue topic"):
 * the compacted topic, every entry, then the version marker with the counts and the digest.
 */
final class CatalogueTopic {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalizedText KYIV = new LocalizedText("Киев, Крещатик", "Київ, Хрещатик", "Kyiv Khreshchatyk");

    private CatalogueTopic() {
    }

    /** One store ({@code kyiv-001}), its region, the delivery category and two staff members. */
    static void publishOneStore(String bootstrapServers) throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(Topics.CATALOGUE, 1, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
        Instant now = Instant.now();
        SortedMap<String, Object> entries = new TreeMap<>();
        entries.put(CatalogueEntryType.STORE.key("kyiv-001"), new CatalogueStore("kyiv-001", KYIV,
                new LocalizedText("ул. Крещатик, 22, Киев", "вул. Хрещатик, 22, Київ", "22 Khreshchatyk St, Kyiv"),
                "kyiv", "Europe/Kyiv"));
        entries.put(CatalogueEntryType.REGION.key("kyiv"), new CatalogueRegion("kyiv",
                new LocalizedText("Киевский регион", "Київський регіон", "Kyiv region"), "retail"));
        entries.put(CatalogueEntryType.CATEGORY.key("delivery"), new CatalogueCategory("delivery",
                new LocalizedText("Доставка", "Доставка", "Delivery")));
        entries.put(CatalogueEntryType.STAFF.key("ivan.petrenko"), new CatalogueStaff("ivan.petrenko", "Ivan Petrenko",
                "ivan.petrenko@retail.example", Language.UK, List.of()));
        entries.put(CatalogueEntryType.STAFF.key("taras.bondarenko"), new CatalogueStaff("taras.bondarenko",
                "Taras Bondarenko", "taras.bondarenko@retail.example", Language.UK, List.of()));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            for (Map.Entry<String, Object> entry : entries.entrySet()) {
                send(producer, entry.getKey(), entry.getValue(), now);
            }
            send(producer, CatalogueEntryType.VERSION.key(null),
                    new CatalogueVersion(1, now, 1, 1, 1, 2, digest(entries)), now);
        }
    }

    /**
     * The marker's digest as contracts/README.md defines it: SHA-256 over each entry's key and compact
     * JSON, sorted by key, each followed by a line feed.
     */
    private static String digest(SortedMap<String, Object> entries) {
        StringBuilder text = new StringBuilder();
        entries.forEach((key, entry) -> text.append(key).append('\n').append(JSON.writeValueAsString(entry)).append('\n'));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private static void send(KafkaProducer<String, String> producer, String key, Object entry, Instant now)
            throws InterruptedException, ExecutionException {
        CatalogueEntryType type = CatalogueEntryType.ofKey(key).orElseThrow();
        String value = JSON.writeValueAsString(new CatalogueEnvelope<>(type.logicalName(), type.version(), 1, now, entry));
        try {
            producer.send(new ProducerRecord<>(Topics.CATALOGUE, key, value)).get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The broker did not take the catalogue within 30 s", e);
        }
    }
}
