package com.complaintbook.routing.application;

import com.complaintbook.contracts.catalogue.CatalogueEntryType;
import com.complaintbook.contracts.catalogue.CatalogueStaff;
import com.complaintbook.contracts.catalogue.CatalogueVersion;
import com.complaintbook.routing.domain.BusinessTimeSlaPolicy;
import com.complaintbook.routing.domain.organisation.Organisation;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CataloguePublisherTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final InMemoryOrganisationStore store = new InMemoryOrganisationStore();
    private final OrganisationHistory history =
            new OrganisationHistory(store, version -> BusinessTimeSlaPolicy.of(version.organisation()));
    private final RoutingMetrics metrics = new RoutingMetrics(new SimpleMeterRegistry());
    private final OrganisationImport imports =
            new OrganisationImport(store, history, Clock.fixed(NOW.minusSeconds(3600), ZoneOffset.UTC), metrics);
    private final List<List<CatalogueRecord>> published = new ArrayList<>();
    private boolean brokerAway;
    /** What the topic holds before this instance's first publication: an earlier run's keys. */
    private Set<String> onTheTopic = Set.of();
    private final CatalogueSink sink = new CatalogueSink() {
        private final JsonMapper json = JsonMapper.builder().build();

        @Override
        public String json(Object entry) {
            return json.writeValueAsString(entry);
        }

        @Override
        public void publish(List<CatalogueRecord> records, long catalogueVersion, Instant publishedAt) {
            if (brokerAway) {
                throw new IllegalStateException("broker away");
            }
            published.add(records);
        }

        @Override
        public Set<String> liveKeys() {
            if (brokerAway) {
                throw new IllegalStateException("broker away");
            }
            return onTheTopic;
        }
    };
    private final Organisation organisation = TestOrganisation.organisation();

    @BeforeEach
    void importTheOrganisation() {
        imports.importDocument(TestOrganisation.request(organisation));
    }

    @Test
    void givenAStart_whenPublished_thenEveryEntryAndThenTheMarkerWithTheCountsAreSent() {
        CataloguePublisher publisher = publisher();

        assertThat(publisher.publish()).isTrue();

        List<CatalogueRecord> records = published.get(0);
        assertThat(records).extracting(CatalogueRecord::key)
                .contains("store/kyiv-001", "region/kyiv", "category/delivery", "staff/desk-a")
                .last().isEqualTo("version");
        assertThat(records.get(records.size() - 1).entry())
                .isEqualTo(new CatalogueVersion(1, NOW.minusSeconds(3600), 1, 1, 5, 10, digestOf(records)));
        assertThat(records).filteredOn(record -> record.type() == CatalogueEntryType.STAFF)
                .extracting(record -> ((CatalogueStaff) record.entry()).language()).doesNotContainNull();
        assertThat(publisher.healthy()).isTrue();
    }

    @Test
    void givenNothingChanged_whenPublishedAgain_thenOnlyTheMarkerIsSentAsAHeartbeat() {
        CataloguePublisher publisher = publisher();
        publisher.publish();

        publisher.publish();

        assertThat(published).hasSize(2);
        assertThat(published.get(1)).singleElement()
                .satisfies(record -> assertThat(record.type()).isEqualTo(CatalogueEntryType.VERSION));
    }

    @Test
    void givenACategoryRemovedByANewVersion_whenPublished_thenItsTombstoneAndTheNewMarkerAreSent() {
        CataloguePublisher publisher = publisher();
        publisher.publish();
        imports.importDocument(TestOrganisation.request(withoutCategory("other")));

        publisher.publish();

        assertThat(published.get(1)).extracting(CatalogueRecord::key, CatalogueRecord::isTombstone)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("category/other", true),
                        org.assertj.core.groups.Tuple.tuple("version", false));
        assertThat(((CatalogueVersion) published.get(1).get(1).entry()).version()).isEqualTo(2);
    }

    @Test
    void givenACategoryRemovedWhileRoutingWasDown_whenPublishedAfterTheStart_thenItsTombstoneIsSentToo() {
        onTheTopic = Set.of("category/other", "category/delivery", "store/kyiv-001");
        imports.importDocument(TestOrganisation.request(withoutCategory("other")));

        publisher().publish();

        assertThat(published.get(0)).filteredOn(CatalogueRecord::isTombstone).extracting(CatalogueRecord::key)
                .containsExactly("category/other");
    }

    @Test
    void givenKeysOnTheTopicThatNoStoredVersionHas_whenFirstPublished_thenEachIsTombstonedOnceAndTheMarkerComesLast() {
        onTheTopic = Set.of("store/from-an-earlier-database", "staff/left-long-ago", "store/kyiv-001", "version");
        CataloguePublisher publisher = publisher();

        publisher.publish();
        publisher.publish();

        assertThat(published.get(0)).filteredOn(CatalogueRecord::isTombstone).extracting(CatalogueRecord::key)
                .containsExactlyInAnyOrder("store/from-an-earlier-database", "staff/left-long-ago");
        assertThat(published.get(0).get(published.get(0).size() - 1).key()).isEqualTo("version");
        assertThat(published.get(1)).noneMatch(CatalogueRecord::isTombstone);
    }

    @Test
    void givenTheTopicUnreadable_whenFirstPublished_thenNothingIsSentAndTheNextTickTriesAgain() {
        CataloguePublisher publisher = publisher();
        brokerAway = true;

        assertThat(publisher.publish()).isFalse();

        brokerAway = false;
        onTheTopic = Set.of("store/stray");
        assertThat(publisher.publish()).isTrue();
        assertThat(published).singleElement().satisfies(records -> assertThat(records)
                .filteredOn(CatalogueRecord::isTombstone).extracting(CatalogueRecord::key).containsExactly("store/stray"));
    }

    @Test
    void givenTheVersion_whenPublished_thenTheMarkersDigestCoversEveryEntryAsSentSortedByKey() {
        publisher().publish();

        List<CatalogueRecord> records = published.get(0);
        CatalogueVersion marker = (CatalogueVersion) records.get(records.size() - 1).entry();
        StringBuilder text = new StringBuilder();
        records.stream().filter(record -> record.type() != CatalogueEntryType.VERSION)
                .sorted(Comparator.comparing(CatalogueRecord::key))
                .forEach(record -> text.append(record.key()).append('\n').append(record.json()).append('\n'));
        assertThat(marker.digest()).isEqualTo(sha256(text.toString())).hasSize(64);
    }

    @Test
    void givenAnotherReplicaImportedANewerVersion_whenThisOnePublishes_thenItPublishesTheNewerVersionNotItsOwnStaleOne() {
        CataloguePublisher publisher = publisher();
        publisher.publish();
        OrganisationHistory otherReplicas = new OrganisationHistory(store,
                version -> BusinessTimeSlaPolicy.of(version.organisation()));
        new OrganisationImport(store, otherReplicas, Clock.fixed(NOW.minusSeconds(60), ZoneOffset.UTC), metrics)
                .importDocument(TestOrganisation.request(withoutCategory("other")));

        publisher.publish();

        List<CatalogueRecord> records = published.get(1);
        assertThat(((CatalogueVersion) records.get(records.size() - 1).entry()).version()).isEqualTo(2);
        assertThat(records).extracting(CatalogueRecord::key).contains("category/other");
        assertThat(history.latest()).map(effective -> effective.stored().version()).hasValue(2L);
    }

    @Test
    void givenTheBrokerAway_whenPublished_thenItIsUnhealthyUntilTheNextPublicationSucceeds() {
        CataloguePublisher publisher = publisher();
        brokerAway = true;

        assertThat(publisher.publish()).isFalse();
        assertThat(publisher.healthy()).isFalse();

        brokerAway = false;
        assertThat(publisher.publish()).isTrue();
        assertThat(publisher.healthy()).isTrue();
        assertThat(published.get(0)).extracting(CatalogueRecord::key).contains("store/kyiv-001");
    }

    @Test
    void givenNoOrganisation_whenPublished_thenNothingIsSentAndItIsNotHealthy() {
        OrganisationHistory empty = new OrganisationHistory(new InMemoryOrganisationStore(), version -> null);
        CataloguePublisher publisher = new CataloguePublisher(empty, new InMemoryOrganisationStore(), sink,
                Clock.fixed(NOW, ZoneOffset.UTC), metrics);

        assertThat(publisher.publish()).isFalse();
        assertThat(published).isEmpty();
        assertThat(publisher.healthy()).isFalse();
    }

    private CataloguePublisher publisher() {
        return new CataloguePublisher(history, store, sink, Clock.fixed(NOW, ZoneOffset.UTC), metrics);
    }

    private static String digestOf(List<CatalogueRecord> records) {
        return CataloguePublisher.digest(records.stream().filter(record -> record.type() != CatalogueEntryType.VERSION)
                .sorted(Comparator.comparing(CatalogueRecord::key)).toList());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }

    private Organisation withoutCategory(String id) {
        return new Organisation(organisation.effectiveFrom(), organisation.staff(), organisation.departments(),
                organisation.positions(), organisation.divisions(), organisation.regions(), organisation.calendars(),
                organisation.stores(), organisation.groups(),
                organisation.categories().stream().filter(category -> !category.id().equals(id)).toList(),
                organisation.rules(), organisation.defaultOwner(), organisation.sla(), organisation.defaultCalendar(),
                organisation.defaultTimeZone());
    }
}
