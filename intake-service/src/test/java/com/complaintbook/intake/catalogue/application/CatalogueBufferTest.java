package com.complaintbook.intake.catalogue.application;

import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.LocalizedText;
import com.complaintbook.contracts.catalogue.CatalogueCategory;
import com.complaintbook.contracts.catalogue.CatalogueEntryType;
import com.complaintbook.contracts.catalogue.CatalogueRegion;
import com.complaintbook.contracts.catalogue.CatalogueStaff;
import com.complaintbook.contracts.catalogue.CatalogueStore;
import com.complaintbook.contracts.catalogue.CatalogueVersion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogueBufferTest {

    private static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CatalogueBuffer buffer = new CatalogueBuffer();
    /** What the test wrote, as routing would have: each entry's JSON by key, for the markers' digests. */
    private final SortedMap<String, String> written = new TreeMap<>();

    @Test
    void givenAWholeVersion_whenItsMarkerArrives_thenItIsTheCatalogue() {
        firstVersion();

        CatalogueBuffer.Outcome outcome = buffer.mark(marker(1, 2, 1, 1, 2), AT);

        assertThat(outcome).isInstanceOfSatisfying(CatalogueBuffer.Outcome.Applied.class, applied -> {
            Catalogue catalogue = applied.catalogue();
            assertThat(catalogue.version()).isEqualTo(1);
            assertThat(catalogue.publishedAt()).isEqualTo(AT);
            assertThat(catalogue.store("kyiv-001")).map(CatalogueStore::name).map(name -> name.in(Language.EN))
                    .contains("Khreshchatyk");
            assertThat(catalogue.category("delivery")).isPresent();
            assertThat(catalogue.store("odesa-001")).isEmpty();
            assertThat(catalogue.answersFor("oksana.tkachenko")).containsExactly("ivan.petrenko");
            assertThat(catalogue.answersFor("nobody")).isEmpty();
        });
    }

    @Test
    void givenEntriesShortOfTheMarkersCounts_whenTheMarkerArrives_thenNothingIsBuiltAndTheEntriesStayForTheNext() {
        firstVersion();

        CatalogueBuffer.Outcome incomplete = buffer.mark(marker(2, 3, 1, 1, 2), AT);

        assertThat(incomplete).isInstanceOfSatisfying(CatalogueBuffer.Outcome.Incomplete.class, missing -> {
            assertThat(missing.version()).isEqualTo(2);
            assertThat(missing.mismatches()).isEqualTo("store: 2 read, 3 in the version");
        });
        put(CatalogueEntryType.STORE, "odesa-001", store("odesa-001", "Deribasivska"));
        assertThat(buffer.mark(marker(2, 3, 1, 1, 2), AT.plusSeconds(1)))
                .isInstanceOfSatisfying(CatalogueBuffer.Outcome.Applied.class,
                        applied -> assertThat(applied.catalogue().stores()).containsOnlyKeys("kyiv-001", "lviv-001", "odesa-001"));
    }

    @Test
    void givenATombstone_whenTheNextMarkerArrives_thenTheRemovedEntryIsGoneAndTheEarlierCatalogueUnchanged() {
        firstVersion();
        Catalogue first = ((CatalogueBuffer.Outcome.Applied) buffer.mark(marker(1, 2, 1, 1, 2), AT)).catalogue();

        remove(CatalogueEntryType.STORE, "lviv-001");
        put(CatalogueEntryType.STORE, "lviv-002", store("lviv-002", "Rynok"));
        CatalogueBuffer.Outcome second = buffer.mark(marker(2, 2, 1, 1, 2), AT.plusSeconds(30));

        assertThat(second).isInstanceOfSatisfying(CatalogueBuffer.Outcome.Applied.class,
                applied -> assertThat(applied.catalogue().stores()).containsOnlyKeys("kyiv-001", "lviv-002"));
        assertThat(first.stores()).containsOnlyKeys("kyiv-001", "lviv-001");
    }

    @Test
    void anEntryOfAnotherTypeThanItsKeySaysIsRefused() {
        assertThatThrownBy(() -> put(CatalogueEntryType.STORE, "delivery",
                new CatalogueCategory("delivery", names("Delivery"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void firstVersion() {
        put(CatalogueEntryType.STORE, "kyiv-001", store("kyiv-001", "Khreshchatyk"));
        put(CatalogueEntryType.STORE, "lviv-001", store("lviv-001", "Svobody"));
        put(CatalogueEntryType.REGION, "kyiv", new CatalogueRegion("kyiv", names("Kyiv"), "retail"));
        put(CatalogueEntryType.CATEGORY, "delivery", new CatalogueCategory("delivery", names("Delivery")));
        put(CatalogueEntryType.STAFF, "ivan.petrenko", new CatalogueStaff("ivan.petrenko", "Ivan Petrenko",
                "ivan.petrenko@retail.example", Language.UK, List.of()));
        put(CatalogueEntryType.STAFF, "oksana.tkachenko", new CatalogueStaff("oksana.tkachenko",
                "Oksana Tkachenko", "oksana.tkachenko@retail.example", Language.EN, List.of("ivan.petrenko")));
    }

    @Test
    void givenCountsThatHoldButContentThatDiffers_whenTheMarkerArrives_thenNothingIsBuilt() {
        firstVersion();
        CatalogueVersion marker = marker(1, 2, 1, 1, 2);
        buffer.put(CatalogueEntryType.STORE, "lviv-001", store("lviv-001", "Rynok"),
                JSON.writeValueAsString(store("lviv-001", "Rynok")));

        assertThat(buffer.mark(marker, AT)).isInstanceOfSatisfying(CatalogueBuffer.Outcome.Incomplete.class,
                missing -> assertThat(missing.mismatches()).contains("digest"));
    }

    private void put(CatalogueEntryType type, String id, Object entry) {
        String json = JSON.writeValueAsString(entry);
        buffer.put(type, id, entry, json);
        written.put(type.key(id), json);
    }

    private void remove(CatalogueEntryType type, String id) {
        buffer.remove(type, id);
        written.remove(type.key(id));
    }

    /** A marker for what the test wrote so far, with these counts. */
    private CatalogueVersion marker(long version, int stores, int regions, int categories, int staff) {
        return new CatalogueVersion(version, AT.minusSeconds(60), stores, regions, categories, staff,
                CatalogueDigest.of(written));
    }

    private static CatalogueStore store(String id, String name) {
        return new CatalogueStore(id, names(name), names(name + " 1"), "kyiv", "Europe/Kyiv");
    }

    private static LocalizedText names(String english) {
        return new LocalizedText(english + " (ru)", english + " (uk)", english);
    }
}
