package com.complaintbook.intake.catalogue.adapters.in.kafka;

import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.Topics;
import com.complaintbook.intake.catalogue.application.Catalogue;
import com.complaintbook.intake.catalogue.application.CatalogueBuffer;
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
        ((ObjectNode) marker.get("entry")).put("stores", 1).put("regions", 1).put("categories", 1).put("staff", 1);

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
        ((ObjectNode) marker.get("entry")).put("stores", 0).put("regions", 1).put("categories", 1).put("staff", 1);

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
    void anEntryOfAVersionOrTypeIntakeDoesNotKnowIsSkippedUncounted() {
        ObjectNode future = sample("store").put("version", 2);

        assertThat(read(key("store"), future)).isNull();
        assertThat(read("shelf/a-1", sample("store"))).isNull();
        assertThat(meters.get("complaintbook.intake.catalogue.records.unreadable").counter().count()).isZero();
    }

    private Catalogue read(String key, ObjectNode value) {
        return reader.apply(buffer, new ConsumerRecord<>(Topics.CATALOGUE, 0, offset++, key, JSON.writeValueAsString(value)));
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
