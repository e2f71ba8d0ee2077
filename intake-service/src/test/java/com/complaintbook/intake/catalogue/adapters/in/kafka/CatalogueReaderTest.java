package com.complaintbook.intake.catalogue.adapters.in.kafka;

import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.Topics;
import com.complaintbook.intake.catalogue.application.Catalogue;
import com.complaintbook.intake.catalogue.application.CatalogueBuffer;
import com.complaintbook.intake.catalogue.application.CatalogueDigest;
import com.complaintbook.intake.catalogue.application.CurrentCatalogue;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** How the reader reads each record of the catalogue topic, against the contracts' golden samples. */
class CatalogueReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final CurrentCatalogue current = new CurrentCatalogue();
    private final CatalogueReader reader = new CatalogueReader(() -> {
        throw new AssertionError("the test reads no topic");
    }, current, JSON, new CatalogueReaderProperties(Duration.ofMillis(500), Duration.ofSeconds(5),
            new CatalogueReaderProperties.Retry(Duration.ofSeconds(1), Duration.ofSeconds(30))),
            Clock.fixed(Instant.parse("2026-12-01T08:01:00Z"), ZoneOffset.UTC), meters);
    private final CatalogueBuffer buffer = new CatalogueBuffer();
    private long offset;

    @Test
    void everySampleEntryIsReadAndAMarkerCountingThemMakesTheCatalogue() {
        for (String type : new String[] {"store", "region", "category", "staff"}) {
            assertThat(read(key(type), sample(type))).isNull();
        }
        ObjectNode marker = sample("version");
        ((ObjectNode) marker.get("entry")).put("stores", 1).put("regions", 1).put("categories", 1).put("staff", 1)
                .put("digest", digestOfSamples("store", "region", "category", "staff"));

        Catalogue catalogue = read("version", marker);

        assertThat(catalogue).isNotNull();
        assertThat(catalogue.version()).isEqualTo(7);
        assertThat(catalogue.publishedAt()).isEqualTo(Instant.parse("2026-12-01T08:00:00Z"));
        assertThat(catalogue.store("kyiv-001")).hasValueSatisfying(store -> {
            assertThat(store.name().in(Language.UK)).isEqualTo("Київ, Хрещатик");
            assertThat(store.address().in(Language.EN)).isEqualTo("22 Khreshchatyk St, Kyiv");
        });
        assertThat(catalogue.categories()).hasSize(1);
        assertThat(catalogue.staff().values()).singleElement()
                .satisfies(member -> assertThat(member.language()).isNotNull());
    }

    @Test
    void theSampleMarkerCountsAWholeOrganisationSoOneEntryOfEachDoesNotAddUp() {
        for (String type : new String[] {"store", "region", "category", "staff"}) {
            read(key(type), sample(type));
        }

        assertThat(read("version", sample("version"))).isNull();
        assertThat(meters.get("complaintbook.intake.catalogue.versions.incomplete").counter().count()).isEqualTo(1);
    }

    @Test
    void aTombstoneRemovesItsEntry() {
        for (String type : new String[] {"store", "region", "category", "staff"}) {
            read(key(type), sample(type));
        }
        ObjectNode marker = sample("version");
        ((ObjectNode) marker.get("entry")).put("stores", 0).put("regions", 1).put("categories", 1).put("staff", 1)
                .put("digest", digestOfSamples("region", "category", "staff"));

        reader.apply(buffer, new ConsumerRecord<>(Topics.CATALOGUE, 0, offset++, key("store"), null));

        assertThat(read("version", marker)).satisfies(catalogue -> assertThat(catalogue.stores()).isEmpty());
    }

    @Test
    void anUnreadableRecordOrOneUnderAnotherTypesKeyIsCountedAndSkipped() {
        assertThat(reader.apply(buffer, new ConsumerRecord<>(Topics.CATALOGUE, 0, offset++, "store/kyiv-001", "{not json")))
                .isNull();
        assertThat(read("category/kyiv-001", sample("store"))).isNull();

        assertThat(meters.get("complaintbook.intake.catalogue.records.unreadable").counter().count()).isEqualTo(2);
    }

    @Test
    void anEntryOfAVersionIntakeDoesNotKnowIsCountedAndDropsWhatItsKeyHeldSoNoVersionAppliesOverIt() {
        for (String type : new String[] {"store", "region", "category", "staff"}) {
            read(key(type), sample(type));
        }
        ObjectNode marker = sample("version");
        ((ObjectNode) marker.get("entry")).put("stores", 1).put("regions", 1).put("categories", 1).put("staff", 1)
                .put("digest", digestOfSamples("store", "region", "category", "staff"));

        assertThat(read(key("store"), sample("store").put("version", 2))).isNull();
        assertThat(read(key("store"), sample("store").put("version", 2))).isNull();

        assertThat(read("version", marker)).as("the store's old value is gone").isNull();
        assertThat(meters.get("complaintbook.intake.catalogue.records.unknown").tags("type", "store", "version", "2")
                .counter().count()).isEqualTo(2);
        assertThat(read("shelf/a-1", sample("store"))).isNull();
        assertThat(meters.get("complaintbook.intake.catalogue.records.unreadable").counter().count()).isZero();
    }

    @Test
    void anEntryWhoseIdIsNotTheOneItsKeyNamesIsUnreadableAndDropsWhatTheKeyHeld() {
        read("store/kyiv-001", sample("store"));

        assertThat(read("store/lviv-003", sample("store"))).isNull();
        ObjectNode renamed = sample("store");
        ((ObjectNode) renamed.get("entry")).put("id", "odesa-001");
        read("store/kyiv-001", renamed);

        assertThat(meters.get("complaintbook.intake.catalogue.records.unreadable").counter().count()).isEqualTo(2);
        ObjectNode marker = sample("version");
        ((ObjectNode) marker.get("entry")).put("stores", 0).put("regions", 0).put("categories", 0).put("staff", 0)
                .put("digest", digestOfSamples());
        assertThat(read("version", marker)).as("kyiv-001's value went with the unreadable record")
                .satisfies(catalogue -> assertThat(catalogue.stores()).isEmpty());
    }

    @Test
    void givenCountsThatMatchOverEntriesOfTwoVersions_whenTheMarkerArrives_thenTheDigestKeepsItFromApplying() {
        for (String type : new String[] {"store", "region", "category", "staff"}) {
            read(key(type), sample(type));
        }
        ObjectNode marker = sample("version");
        ((ObjectNode) marker.get("entry")).put("stores", 1).put("regions", 1).put("categories", 1).put("staff", 1)
                .put("digest", digestOfSamples("store", "region", "category", "staff"));
        ObjectNode otherReplicasStore = sample("store");
        ((ObjectNode) otherReplicasStore.get("entry")).put("timeZone", "Europe/Warsaw");

        read(key("store"), otherReplicasStore);

        assertThat(read("version", marker)).isNull();
        assertThat(meters.get("complaintbook.intake.catalogue.versions.incomplete").counter().count()).isEqualTo(1);
        read(key("store"), sample("store"));
        assertThat(read("version", marker)).isNotNull();
    }

    /** The worked example of contracts/README.md "The marker's digest", which routing tests against too. */
    @Test
    void theReadmesWorkedExampleAppliesUnderTheDigestTheReadmeGives() {
        read(key("category"), sample("category"));
        read(key("store"), sample("store"));
        ObjectNode marker = sample("version");
        ((ObjectNode) marker.get("entry")).put("stores", 1).put("regions", 0).put("categories", 1).put("staff", 0)
                .put("digest", "2c7cd0154e2304e30470515cf40f9f99f78e2088be7d65e76e2c47036b9a341d");

        assertThat(read("version", marker)).isNotNull();
    }

    private Catalogue read(String key, ObjectNode value) {
        return reader.apply(buffer, new ConsumerRecord<>(Topics.CATALOGUE, 0, offset++, key, JSON.writeValueAsString(value)));
    }

    /** The digest of the samples' entries of these types, as the README's algorithm computes it. */
    private static String digestOfSamples(String... types) {
        SortedMap<String, String> json = new TreeMap<>();
        for (String type : types) {
            json.put(key(type), JSON.writeValueAsString(sample(type).get("entry")));
        }
        return CatalogueDigest.of(json);
    }

    private static String key(String type) {
        return type.equals("version") ? type : type + "/" + sample(type).get("entry").get("id").asString();
    }

    private static ObjectNode sample(String type) {
        String resource = "contracts/samples/catalogue/" + type + ".v1.json";
        try (InputStream in = CatalogueReaderTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return (ObjectNode) JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
