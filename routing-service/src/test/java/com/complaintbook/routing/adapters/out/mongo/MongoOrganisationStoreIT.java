package com.complaintbook.routing.adapters.out.mongo;

import com.complaintbook.kit.test.InMemoryMongo;
import com.complaintbook.routing.adapters.document.DocumentSyntax;
import com.complaintbook.routing.adapters.document.OrganisationDocumentFormat;
import com.complaintbook.routing.application.OrganisationChange;
import com.complaintbook.routing.application.StoredVersion;
import com.complaintbook.routing.application.VersionTakenException;
import com.complaintbook.routing.domain.organisation.Organisation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The organisation's versions and change events against a real MongoDB wire-protocol server. */
class MongoOrganisationStoreIT {

    private static final Instant ACCEPTED = Instant.parse("2026-12-01T08:00:00Z");

    @RegisterExtension
    static final InMemoryMongo MONGO = new InMemoryMongo();

    private final OrganisationDocumentFormat format = new OrganisationDocumentFormat();
    private MongoOrganisationStore store;
    private Organisation organisation;

    @BeforeEach
    void freshStore() throws IOException {
        store = new MongoOrganisationStore(MONGO.freshDatabase("routing"), format);
        try (InputStream in = getClass().getResourceAsStream("/organisation/test-organisation.yaml")) {
            organisation = format.read(in.readAllBytes(), DocumentSyntax.YAML);
        }
    }

    @Test
    void givenAStoredVersion_whenReadBack_thenItIsTheSameDocumentAndRecord() {
        StoredVersion stored = version(1, organisation);

        store.add(stored);

        assertThat(store.versions()).containsExactly(stored);
        assertThat(store.latest()).contains(stored);
        assertThat(store.latest().orElseThrow().document()).isEqualTo(organisation);
    }

    @Test
    void givenVersionTwoTakenByAnotherImport_whenAddedAgain_thenTheRaceIsLostAndTheFirstStays() {
        StoredVersion first = version(1, organisation);
        StoredVersion winner = new StoredVersion(2, ACCEPTED, ACCEPTED, "alice", "api", "winner", organisation);
        StoredVersion loser = new StoredVersion(2, ACCEPTED, ACCEPTED, "bob", "api", "loser", organisation);
        store.add(first);
        store.add(winner);

        assertThatThrownBy(() -> store.add(loser)).isInstanceOf(VersionTakenException.class);

        assertThat(store.latest()).contains(winner);
        assertThat(store.versions()).extracting(StoredVersion::version).containsExactly(1L, 2L);
    }

    @Test
    void givenVersionsOutOfOrder_whenListed_thenOldestFirstAndLatestIsTheHighestNumber() {
        for (long number = 1; number <= 11; number++) {
            store.add(version(number, organisation));
        }

        assertThat(store.versions()).extracting(StoredVersion::version)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        assertThat(store.latest().orElseThrow().version()).isEqualTo(11);
    }

    @Test
    void givenAChange_whenRecordedTwice_thenItIsKeptOnceAsFirstRecorded() {
        OrganisationChange change = new OrganisationChange(1, ACCEPTED, "alice", ACCEPTED,
                Map.of("stores", List.of("kyiv-001")), Map.of(), Map.of("settings", List.of("sla")));
        OrganisationChange again = new OrganisationChange(1, ACCEPTED.plusSeconds(5), "bob", ACCEPTED,
                Map.of(), Map.of(), Map.of());

        store.record(change);
        store.record(again);

        assertThat(store.changes(100, null)).containsExactly(change);
        assertThat(store.recordedChanges()).containsExactly(1L);
    }

    @Test
    void givenSeveralChanges_whenListedAPageAtATime_thenNewestFirstAndEachPageBelowTheLast() {
        for (long version = 1; version <= 5; version++) {
            store.record(new OrganisationChange(version, ACCEPTED, "alice", ACCEPTED, Map.of(), Map.of(), Map.of()));
        }

        assertThat(store.changes(2, null)).extracting(OrganisationChange::version).containsExactly(5L, 4L);
        assertThat(store.changes(2, 4L)).extracting(OrganisationChange::version).containsExactly(3L, 2L);
        assertThat(store.changes(2, 2L)).extracting(OrganisationChange::version).containsExactly(1L);
        assertThat(store.changes(2, null).get(0).type()).isEqualTo("OrganisationChanged");
    }

    private StoredVersion version(long number, Organisation document) {
        return new StoredVersion(number, ACCEPTED.plusSeconds(number), ACCEPTED.plusSeconds(number), "alice", "api",
                format.checksum(document), document);
    }
}
