package com.complaintbook.routing.application;

import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.routing.domain.BusinessTimeSlaPolicy;
import com.complaintbook.routing.domain.InvalidOrganisationException;
import com.complaintbook.routing.domain.RoutableComplaint;
import com.complaintbook.routing.domain.Router;
import com.complaintbook.routing.domain.organisation.Organisation;
import com.complaintbook.routing.domain.organisation.Position;
import com.complaintbook.routing.domain.organisation.ResponsibilityRule;
import com.complaintbook.routing.domain.organisation.Store;
import com.complaintbook.routing.domain.organisation.Target;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrganisationImportTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private final InMemoryOrganisationStore store = new InMemoryOrganisationStore();
    private final OrganisationHistory history =
            new OrganisationHistory(store, version -> BusinessTimeSlaPolicy.of(version.organisation()));
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final OrganisationImport imports =
            new OrganisationImport(store, history, Clock.fixed(NOW, ZoneOffset.UTC), new RoutingMetrics(meters));
    private final Organisation organisation = TestOrganisation.organisation();

    @Test
    void givenNoOrganisation_whenAValidOneIsImported_thenItIsVersionOneEffectiveNowWithEverythingAdded() {
        AtomicInteger accepted = new AtomicInteger();
        imports.whenAccepted(accepted::incrementAndGet);

        ImportResult result = imports.importDocument(TestOrganisation.request(organisation));

        assertThat(result.version()).isEqualTo(1);
        assertThat(result.changed()).isTrue();
        assertThat(result.effectiveFrom()).isEqualTo(NOW);
        assertThat(result.changes().added()).containsEntry("stores", List.of("kyiv-001"));
        assertThat(store.changes()).containsExactly(result.changes());
        assertThat(history.at(NOW).stored().version()).isEqualTo(1);
        assertThat(accepted).hasValue(1);
        assertThat(meters.counter("complaintbook.routing.organisation.imports", "outcome", "accepted").count())
                .isEqualTo(1);
    }

    @Test
    void givenAnUnnamedRuleAdded_whenImported_thenTheChangeNamesItAsDecisionsDo() {
        imports.importDocument(TestOrganisation.request(organisation));
        List<ResponsibilityRule> rules = new ArrayList<>(organisation.rules());
        rules.add(0, new ResponsibilityRule(null, null, "other", null, null, null,
                new Target("e-customer-care", null, null, null)));

        ImportResult result = imports.importDocument(TestOrganisation.request(new Organisation(null,
                organisation.staff(), organisation.departments(), organisation.positions(), organisation.divisions(),
                organisation.regions(), organisation.calendars(), organisation.stores(), organisation.groups(),
                organisation.categories(), rules, organisation.defaultOwner(), organisation.sla(),
                organisation.defaultCalendar(), organisation.defaultTimeZone())));

        assertThat(result.changes().added()).containsEntry("rules", List.of("#1"));
        assertThat(history.at(NOW).version().organisation().rules().get(0).id()).isNull();
        assertThat(new Router(new InMemoryRoutedComplaints()).firstAssignment(history.at(NOW).version(),
                history.at(NOW).sla(), new RoutableComplaint(ComplaintKind.COMPLAINT, null, "kyiv-001", "other"),
                NOW).via())
                .as("the decision names the rule as the change does").isEqualTo("rule:#1");
    }

    @Test
    void givenTheSameContentAgain_whenImported_thenNothingIsRecordedAndTheVersionStays() {
        imports.importDocument(TestOrganisation.request(organisation));

        ImportResult again = imports.importDocument(TestOrganisation.request(organisation));

        assertThat(again.changed()).isFalse();
        assertThat(again.version()).isEqualTo(1);
        assertThat(store.versions()).hasSize(1);
        assertThat(store.changes()).hasSize(1);
    }

    @Test
    void givenAFileWithACycleTwoTopsAndAStoreWithoutManager_whenImported_thenEveryProblemIsNamedAndNothingChanges() {
        imports.importDocument(TestOrganisation.request(organisation));
        List<Position> positions = organisation.positions().stream().map(position -> switch (position.id()) {
            case "operations-director" -> new Position(position.id(), position.title(), position.department(),
                    position.holder(), "logistics-head", null);
            case "customer-care-lead" -> new Position(position.id(), position.title(), position.department(),
                    position.holder(), null, null);
            default -> position;
        }).toList();
        List<Store> stores = organisation.stores().stream().map(store -> new Store(store.id(), store.name(),
                store.address(), store.region(), null, store.timeZone(), store.calendar())).toList();
        Organisation broken = new Organisation(null, organisation.staff(), organisation.departments(), positions,
                organisation.divisions(), organisation.regions(), organisation.calendars(), stores,
                organisation.groups(), organisation.categories(), organisation.rules(), organisation.defaultOwner(),
                organisation.sla(), organisation.defaultCalendar(), organisation.defaultTimeZone());

        assertThatThrownBy(() -> imports.importDocument(TestOrganisation.request(broken)))
                .isInstanceOfSatisfying(InvalidOrganisationException.class, refused -> assertThat(refused.problems())
                        .anySatisfy(problem -> assertThat(problem).contains("operations-director", "logistics-head", "->"))
                        .anySatisfy(problem -> assertThat(problem).contains("ceo", "customer-care-lead"))
                        .anySatisfy(problem -> assertThat(problem).contains("kyiv-001", "manager")));

        assertThat(store.versions()).hasSize(1);
        assertThat(store.changes()).hasSize(1);
        assertThat(history.latest().orElseThrow().stored().version()).isEqualTo(1);
        assertThat(meters.counter("complaintbook.routing.organisation.imports", "outcome", "refused").count())
                .isEqualTo(1);
    }

    @Test
    void givenADryRun_whenImported_thenItIsValidatedAndNothingIsStored() {
        ImportResult result = imports.importDocument(new ImportRequest(organisation,
                TestOrganisation.FORMAT.checksum(organisation), "api", "admin", null, true));

        assertThat(result.dryRun()).isTrue();
        assertThat(result.changed()).isFalse();
        assertThat(result.version()).isEqualTo(1);
        assertThat(store.versions()).isEmpty();
        assertThat(history.isEmpty()).isTrue();
    }

    @Test
    void givenAnImportBasedOnAnOlderVersion_whenImported_thenItIsRefusedAsStale() {
        imports.importDocument(TestOrganisation.request(organisation));
        imports.importDocument(TestOrganisation.request(withoutCategory("other")));

        assertThatThrownBy(() -> imports.importDocument(new ImportRequest(organisation,
                TestOrganisation.FORMAT.checksum(organisation), "api", "admin", 1L, false)))
                .isInstanceOf(VersionMismatchException.class);
        assertThat(store.versions()).hasSize(2);
    }

    @Test
    void givenAnotherImportTakingTheNextNumber_whenImported_thenItRetriesOnceWithTheNumberAfter() {
        imports.importDocument(TestOrganisation.request(organisation));
        Organisation other = withoutCategory("other");
        store.takenByOthers.add(new StoredVersion(2, NOW, NOW, "someone", "api",
                TestOrganisation.FORMAT.checksum(other), other));

        ImportResult result = imports.importDocument(TestOrganisation.request(withoutCategory("food-safety")));

        assertThat(result.version()).isEqualTo(3);
        assertThat(store.versions()).extracting(StoredVersion::version).containsExactly(1L, 2L, 3L);
    }

    @Test
    void givenACategoryRemoved_whenImported_thenTheChangeEventNamesIt() {
        imports.importDocument(TestOrganisation.request(organisation));

        ImportResult result = imports.importDocument(TestOrganisation.request(withoutCategory("other")));

        assertThat(result.changes().removed()).containsEntry("categories", List.of("other"));
        assertThat(store.changes()).first().isEqualTo(result.changes());
    }

    @Test
    void givenAVersionWhoseChangeWasNotRecorded_whenRepaired_thenItsChangeIsRecorded() {
        imports.importDocument(TestOrganisation.request(organisation));
        store.changes.clear();

        imports.recordMissingChanges();

        assertThat(store.changes()).singleElement()
                .satisfies(change -> assertThat(change.added()).containsKey("staff"));
    }

    private Organisation withoutCategory(String id) {
        return new Organisation(organisation.effectiveFrom(), organisation.staff(), organisation.departments(),
                organisation.positions(), organisation.divisions(), organisation.regions(), organisation.calendars(),
                organisation.stores(), organisation.groups(),
                organisation.categories().stream().filter(category -> !category.id().equals(id)).toList(),
                organisation.rules().stream().filter(rule -> !id.equals(rule.category())).toList(),
                organisation.defaultOwner(),
                organisation.sla().stream().filter(rule -> !id.equals(rule.category())).toList(),
                organisation.defaultCalendar(), organisation.defaultTimeZone());
    }
}
