package com.complaintbook.routing.application;

import com.complaintbook.routing.adapters.in.timer.OrganisationHealthIndicator;
import com.complaintbook.routing.domain.BusinessTimeSlaPolicy;
import com.complaintbook.routing.domain.organisation.Organisation;
import com.complaintbook.routing.domain.organisation.ResponsibilityRule;
import com.complaintbook.routing.domain.organisation.Target;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which version is in force when, what survives a version that cannot be read, and what is held in memory. */
class OrganisationHistoryTest {

    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    private final InMemoryOrganisationStore store = new InMemoryOrganisationStore();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final MovingClock clock = new MovingClock(T0);
    private final OrganisationHistory history = history();
    private final Organisation organisation = TestOrganisation.organisation();

    @Test
    void givenAFutureDatedVersionThenALaterImportEffectiveNow_whenTheFutureDateComes_thenTheLaterImportStaysInForce() {
        importAt(organisation, T0);
        importAt(organisation.effectiveFrom(T0.plus(Duration.ofDays(10))), T0.plus(Duration.ofHours(1)));
        importAt(organisation.effectiveFrom(T0.plus(Duration.ofHours(2))), T0.plus(Duration.ofHours(2)));

        assertThat(history.at(T0.plus(Duration.ofMinutes(90))).stored().version()).isEqualTo(1);
        assertThat(history.at(T0.plus(Duration.ofHours(3))).stored().version()).isEqualTo(3);
        assertThat(history.at(T0.plus(Duration.ofDays(11))).stored().version())
                .as("version 2 was superseded before its date came").isEqualTo(3);
        assertThat(history.at(T0.minus(Duration.ofDays(1))).stored().version())
                .as("an event before every version: the first to take effect").isEqualTo(1);
    }

    @Test
    void givenAStoredVersionThisReleaseCannotRead_whenReloaded_thenTheOthersLoadAndTheSkipIsCounted() {
        importAt(organisation, T0);
        importAt(withDeliveryTo("e-customer-care"), T0.plus(Duration.ofHours(1)));
        importAt(withDeliveryTo("m-logistics"), T0.plus(Duration.ofHours(2)));
        store.unreadable.add(2L);
        OrganisationHistory restarted = history();

        restarted.reload();

        assertThat(restarted.versions()).extracting(StoredVersion::version).containsExactly(1L, 3L);
        assertThat(restarted.at(T0.plus(Duration.ofMinutes(90))).stored().version()).isEqualTo(1);
        assertThat(restarted.at(T0.plus(Duration.ofHours(3))).stored().version()).isEqualTo(3);
        assertThat(meters.counter("complaintbook.routing.organisation.versions.unreadable").count()).isEqualTo(1);
        assertThat(restarted.lastReloadFailed()).isFalse();
    }

    @Test
    void givenAStoredVersionTodaysValidationWouldRefuse_whenReloaded_thenItIsTrustedAsAccepted() {
        List<ResponsibilityRule> rules = new ArrayList<>(organisation.rules());
        rules.add(new ResponsibilityRule("never-matches", null, "delivery", "kyiv-001", "west", null,
                new Target("e-customer-care", null, null, null)));
        Organisation refusedToday = new Organisation(null, organisation.staff(), organisation.departments(),
                organisation.positions(), organisation.divisions(), organisation.regions(), organisation.calendars(),
                organisation.stores(), organisation.groups(), organisation.categories(), rules,
                organisation.defaultOwner(), organisation.sla(), organisation.defaultCalendar(),
                organisation.defaultTimeZone());
        store.add(new StoredVersion(1, T0, T0, "admin", "api", "checksum", refusedToday));

        history.reload();

        assertThat(history.at(T0).stored().version()).isEqualTo(1);
        assertThat(meters.counter("complaintbook.routing.organisation.versions.unreadable").count()).isZero();
    }

    @Test
    void givenTheStoreAway_whenReloading_thenReadinessIsDownUntilAReloadSucceeds() {
        importAt(organisation, T0);
        OrganisationHealthIndicator readiness = new OrganisationHealthIndicator(history);
        store.away = true;

        assertThatThrownBy(history::reload).isInstanceOf(IllegalStateException.class);

        assertThat(readiness.health().getStatus()).isEqualTo(Status.DOWN);
        store.away = false;
        history.reload();
        assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void givenNothingNew_whenReloaded_thenNoDocumentIsReadAgain() {
        importAt(organisation, T0);
        int read = store.documentsRead;

        assertThat(history.reload()).isFalse();
        assertThat(history.reload()).isFalse();

        assertThat(store.documentsRead).isEqualTo(read);
    }

    @Test
    void givenManyVersions_whenHeld_thenOnlyThoseThatCanBeInForceAndAFewEarlierOnesAreInMemoryAndALateEventStillFindsItsOwn() {
        importAt(organisation, T0);
        for (int hour = 1; hour <= 12; hour++) {
            importAt(withDeliveryTo(hour % 2 == 0 ? "e-customer-care" : "m-logistics"), T0.plus(Duration.ofHours(hour)));
        }
        clock.set(T0.plus(Duration.ofDays(1)));
        history.reload();

        assertThat(history.documentsHeld()).isLessThanOrEqualTo(1 + OrganisationHistory.EARLIER_KEPT);
        assertThat(history.at(T0.plus(Duration.ofMinutes(30))).stored().version())
                .as("a late event is decided by the version of its time, read again").isEqualTo(1);
        assertThat(history.at(T0.plus(Duration.ofDays(1))).stored().version()).isEqualTo(13);
        assertThat(history.documentsHeld()).isLessThanOrEqualTo(1 + OrganisationHistory.EARLIER_KEPT);
    }

    @Test
    void givenAnImportThroughAnotherReplica_whenABatchStartsAfterTheCheckInterval_thenThisReplicaDecidesByIt() {
        importAt(organisation, T0);
        OrganisationHistory otherReplica = history();
        otherReplica.reload();
        importAt(withDeliveryTo("e-customer-care"), T0);

        otherReplica.refreshIfStale();
        assertThat(otherReplica.at(T0).stored().version()).as("looked less than a second ago").isEqualTo(1);

        clock.set(T0.plusSeconds(1));
        otherReplica.refreshIfStale();
        assertThat(otherReplica.at(T0.plusSeconds(1)).stored().version()).isEqualTo(2);
    }

    private OrganisationHistory history() {
        return new OrganisationHistory(store, version -> BusinessTimeSlaPolicy.of(version.organisation()), clock,
                new RoutingMetrics(meters), Duration.ofSeconds(1));
    }

    private void importAt(Organisation document, Instant at) {
        new OrganisationImport(store, history, Clock.fixed(at, ZoneOffset.UTC), new RoutingMetrics(meters))
                .importDocument(TestOrganisation.request(document));
    }

    private Organisation withDeliveryTo(String personId) {
        return new Organisation(organisation.effectiveFrom(), organisation.staff(), organisation.departments(),
                organisation.positions(), organisation.divisions(), organisation.regions(), organisation.calendars(),
                organisation.stores(), organisation.groups(), organisation.categories(),
                organisation.rules().stream().map(rule -> "delivery".equals(rule.id())
                        ? new ResponsibilityRule(rule.id(), rule.kind(), rule.category(), rule.store(), rule.region(),
                        rule.channel(), new Target(personId, null, null, null))
                        : rule).toList(),
                organisation.defaultOwner(), organisation.sla(), organisation.defaultCalendar(),
                organisation.defaultTimeZone());
    }

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {

        private volatile Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void set(Instant moment) {
            now = moment;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
