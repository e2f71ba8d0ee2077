package com.complaintbook.intake.support;

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
import com.complaintbook.intake.catalogue.application.CatalogueDigest;
import com.complaintbook.intake.catalogue.application.CurrentCatalogue;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

/**
 * Routing's catalogue as the intake tests need it on the topic: the stores, categories and staff the
 * samples name, published the way routing publishes (every entry, then the version's marker), and the
 * parts of that a test needs to publish on its own (entries without their marker, a marker that does
 * not add up, tombstones).
 */
public final class TestCatalogue {

    public static final CatalogueStaff CLERK = staff("e-delivery-lead", "Ivan Petrenko", Language.UK);
    public static final CatalogueStaff MANAGER = staff("m-logistics", "Oksana Tkachenko", Language.EN);
    public static final CatalogueStaff CEO = staff("ceo", "Taras Bondarenko", Language.UK);
    /** Stands in for the clerk, who is away. */
    public static final CatalogueStaff DEPUTY = new CatalogueStaff("e-deputy", "Maria Shevchenko",
            "maria.shevchenko@retail.example", Language.RU, List.of(CLERK.id()));
    public static final LocalizedText KYIV_001_NAME = new LocalizedText("Киев, Крещатик", "Київ, Хрещатик", "Kyiv, Khreshchatyk");
    public static final LocalizedText KYIV_001_ADDRESS = new LocalizedText("ул. Крещатик, 22, Киев",
            "вул. Хрещатик, 22, Київ", "22 Khreshchatyk St, Kyiv");
    public static final LocalizedText DELIVERY_NAME = new LocalizedText("Доставка", "Доставка", "Delivery");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant EFFECTIVE_FROM = Instant.parse("2026-12-01T00:00:00Z");

    private final String bootstrapServers;

    public TestCatalogue(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** One organisation version's content. */
    public record Version(List<CatalogueStore> stores, List<CatalogueRegion> regions,
                          List<CatalogueCategory> categories, List<CatalogueStaff> staff) {

        public Version withoutStore(String id) {
            return new Version(stores.stream().filter(store -> !store.id().equals(id)).toList(), regions, categories, staff);
        }

        public Version withStore(CatalogueStore store) {
            return new Version(Stream.concat(stores.stream(), Stream.of(store)).toList(), regions, categories, staff);
        }

        public CatalogueVersion marker(long version) {
            return new CatalogueVersion(version, EFFECTIVE_FROM, stores.size(), regions.size(), categories.size(),
                    staff.size(), digest());
        }

        /** The digest routing computes over these entries (contracts/README.md). */
        public String digest() {
            SortedMap<String, String> json = new TreeMap<>();
            stores.forEach(store -> json.put(CatalogueEntryType.STORE.key(store.id()), JSON.writeValueAsString(store)));
            regions.forEach(region -> json.put(CatalogueEntryType.REGION.key(region.id()), JSON.writeValueAsString(region)));
            categories.forEach(category -> json.put(CatalogueEntryType.CATEGORY.key(category.id()),
                    JSON.writeValueAsString(category)));
            staff.forEach(member -> json.put(CatalogueEntryType.STAFF.key(member.id()), JSON.writeValueAsString(member)));
            return CatalogueDigest.of(json);
        }
    }

    /** The retailer the intake tests submit to: the stores and categories the samples name, and their staff. */
    public static Version standard() {
        return new Version(
                List.of(new CatalogueStore("kyiv-001", KYIV_001_NAME, KYIV_001_ADDRESS, "kyiv", "Europe/Kyiv"),
                        store("kyiv-002", "Kyiv, Obolon", "kyiv"), store("lviv-001", "Lviv, Svobody", "west"),
                        store("odesa-001", "Odesa, Deribasivska", "south-east"),
                        store("kharkiv-001", "Kharkiv, Sumska", "south-east"),
                        store("dnipro-001", "Dnipro, Yavornytskoho", "south-east")),
                List.of(new CatalogueRegion("kyiv", names("Kyiv"), "retail"),
                        new CatalogueRegion("west", names("West"), "retail"),
                        new CatalogueRegion("south-east", names("South-East"), "retail")),
                List.of(new CatalogueCategory("delivery", DELIVERY_NAME), category("product-quality", "Product quality"),
                        category("pricing", "Pricing"), category("staff-behaviour", "Staff behaviour"),
                        category("store-cleanliness", "Store cleanliness"), category("website", "Website"),
                        category("other", "Other")),
                List.of(CLERK, MANAGER, CEO, DEPUTY));
    }

    public static CatalogueStore store(String id, String englishName, String regionId) {
        return new CatalogueStore(id, names(englishName), names(englishName + ", 1"), regionId, "Europe/Kyiv");
    }

    /** Creates the topic as routing does, compacted with one partition; nothing if it exists. */
    public void createTopic() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(Topics.CATALOGUE, 1, (short) 1)
                    .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Could not create " + Topics.CATALOGUE, e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every entry of the version, then its marker: a version as routing publishes it. */
    public void publish(long version, Version content) {
        List<ProducerRecord<String, String>> records = new ArrayList<>(entries(version, content));
        records.add(marker(version, content.marker(version)));
        send(records);
    }

    /** The version's entries, no marker: as if routing died half way through. */
    public void publishEntriesOnly(long version, Version content) {
        send(entries(version, content));
    }

    public void publishMarker(long version, CatalogueVersion marker) {
        send(List.of(marker(version, marker)));
    }

    public void publishTombstone(CatalogueEntryType type, String id) {
        send(List.of(new ProducerRecord<>(Topics.CATALOGUE, type.key(id), null)));
    }

    /** A record under a catalogue key that no reader can make sense of. */
    public void publishUnreadable(CatalogueEntryType type, String id) {
        send(List.of(new ProducerRecord<>(Topics.CATALOGUE, type.key(id), "not a catalogue envelope")));
    }

    private static List<ProducerRecord<String, String>> entries(long version, Version content) {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        content.stores().forEach(store -> records.add(entry(version, CatalogueEntryType.STORE, store.id(), store)));
        content.regions().forEach(region -> records.add(entry(version, CatalogueEntryType.REGION, region.id(), region)));
        content.categories().forEach(category -> records.add(entry(version, CatalogueEntryType.CATEGORY, category.id(), category)));
        content.staff().forEach(member -> records.add(entry(version, CatalogueEntryType.STAFF, member.id(), member)));
        return records;
    }

    private static ProducerRecord<String, String> marker(long version, CatalogueVersion marker) {
        return entry(version, CatalogueEntryType.VERSION, null, marker);
    }

    private static ProducerRecord<String, String> entry(long version, CatalogueEntryType type, String id, Object entry) {
        CatalogueEnvelope<Object> envelope = new CatalogueEnvelope<>(type.logicalName(), type.version(), version,
                Instant.now(), entry);
        return new ProducerRecord<>(Topics.CATALOGUE, type.key(id), JSON.writeValueAsString(envelope));
    }

    private void send(List<ProducerRecord<String, String>> records) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new StringSerializer())) {
            records.forEach(producer::send);
            producer.flush();
        }
    }

    private static CatalogueStaff staff(String id, String name, Language language) {
        return new CatalogueStaff(id, name, id + "@retail.example", language, List.of());
    }

    private static CatalogueCategory category(String id, String englishName) {
        return new CatalogueCategory(id, names(englishName));
    }

    private static LocalizedText names(String english) {
        return new LocalizedText(english + " (ru)", english + " (uk)", english);
    }

    /** The catalogue topic exists, as routing would have created it, and holds nothing yet. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class TopicCreated {

        TopicCreated(@Value("${spring.kafka.bootstrap-servers}") String bootstrapServers) {
            new TestCatalogue(bootstrapServers).createTopic();
        }
    }

    /**
     * The standard catalogue, version 1, on the topic before intake starts; the tests begin once intake
     * has loaded it, as a replica takes traffic once it is ready. Every intake test that starts the
     * application imports this (through {@link IntakeIntegrationTest}, or itself).
     */
    @TestConfiguration(proxyBeanMethods = false)
    public static class PublishedBeforeStart {

        private final CurrentCatalogue current;

        PublishedBeforeStart(@Value("${spring.kafka.bootstrap-servers}") String bootstrapServers, CurrentCatalogue current) {
            this.current = current;
            TestCatalogue catalogue = new TestCatalogue(bootstrapServers);
            catalogue.createTopic();
            catalogue.publish(1, standard());
        }

        @EventListener(ApplicationReadyEvent.class)
        void awaitLoaded() {
            Awaitility.await("the catalogue loaded").atMost(Duration.ofSeconds(30))
                    .until(() -> current.loaded().isPresent());
        }
    }
}
