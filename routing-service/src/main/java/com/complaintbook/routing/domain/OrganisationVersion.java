package com.complaintbook.routing.domain;

import com.complaintbook.routing.domain.organisation.Absence;
import com.complaintbook.routing.domain.organisation.Category;
import com.complaintbook.routing.domain.organisation.Division;
import com.complaintbook.routing.domain.organisation.Group;
import com.complaintbook.routing.domain.organisation.Organisation;
import com.complaintbook.routing.domain.organisation.Person;
import com.complaintbook.routing.domain.organisation.Position;
import com.complaintbook.routing.domain.organisation.Region;
import com.complaintbook.routing.domain.organisation.Store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A validated version of the organisation, indexed for routing. Built through
 * {@link #of(long, Organisation)}, which refuses a version with any problem: so once built, every id
 * it refers to resolves, and every position's chain ends at the one top; or, for a version accepted
 * earlier and read back, through {@link #accepted(long, Organisation)}, which trusts that acceptance.
 */
public final class OrganisationVersion {

    private final long version;
    private final Organisation organisation;
    private final Map<String, Person> staff;
    private final Map<String, Position> positions;
    private final Map<String, Position> positionByHolder;
    private final Map<String, Store> stores;
    private final Map<String, Region> regions;
    private final Map<String, Division> divisions;
    private final Map<String, Group> groups;
    private final Map<String, Category> categories;
    private final Position top;

    private OrganisationVersion(long version, Organisation organisation) {
        this.version = version;
        this.organisation = organisation;
        this.staff = index(organisation.staff(), Person::id);
        this.positions = index(organisation.positions(), Position::id);
        this.positionByHolder = index(
                organisation.positions().stream().filter(position -> !position.isVacant()).toList(), Position::holder);
        this.stores = index(organisation.stores(), Store::id);
        this.regions = index(organisation.regions(), Region::id);
        this.divisions = index(organisation.divisions(), Division::id);
        this.groups = index(organisation.groups(), Group::id);
        this.categories = index(organisation.categories(), Category::id);
        this.top = organisation.positions().stream().filter(Position::isTop).findFirst().orElseThrow();
    }

    /**
     * The version numbered {@code version}.
     *
     * @throws InvalidOrganisationException naming every problem of the organisation
     */
    public static OrganisationVersion of(long version, Organisation organisation) {
        List<String> problems = OrganisationValidation.problems(organisation);
        if (!problems.isEmpty()) {
            throw new InvalidOrganisationException(problems);
        }
        return new OrganisationVersion(version, organisation);
    }

    /**
     * A version accepted earlier, indexed without validating it again: a check added by a later release
     * must not unmake what was accepted and decided by. Only what indexing cannot do without (one top
     * position, unique ids) still refuses it.
     *
     * @throws RuntimeException when it cannot even be indexed
     */
    public static OrganisationVersion accepted(long version, Organisation organisation) {
        return new OrganisationVersion(version, organisation);
    }

    public long version() {
        return version;
    }

    public Organisation organisation() {
        return organisation;
    }

    /** From when this version routes complaints; {@code null} for "as soon as it is accepted". */
    public Instant effectiveFrom() {
        return organisation.effectiveFrom();
    }

    public Optional<Store> store(String id) {
        return lookup(stores, id);
    }

    public Optional<Region> region(String id) {
        return lookup(regions, id);
    }

    public Optional<Division> division(String id) {
        return lookup(divisions, id);
    }

    public Optional<Category> category(String id) {
        return lookup(categories, id);
    }

    public Optional<Group> group(String id) {
        return lookup(groups, id);
    }

    public Optional<Person> person(String id) {
        return lookup(staff, id);
    }

    public Optional<Position> position(String id) {
        return lookup(positions, id);
    }

    /** The position the person holds; empty for someone this version does not know. */
    public Optional<Position> positionHeldBy(String personId) {
        return lookup(positionByHolder, personId);
    }

    /** The one position that reports to nobody. */
    public Position top() {
        return top;
    }

    /** The positions above {@code positionId}, nearest first, up to and including the top. */
    public List<Position> positionsAbove(String positionId) {
        List<Position> above = new ArrayList<>();
        Position current = positions.get(positionId);
        while (current != null && !current.isTop()) {
            current = positions.get(current.reportsTo());
            above.add(current);
        }
        return List.copyOf(above);
    }

    /** Whether the person is away at {@code at}; someone this version does not know is. */
    public boolean isAbsent(String personId, Instant at) {
        Person person = staff.get(personId);
        return person == null || absenceAt(person, at).isPresent();
    }

    /**
     * Who actually acts for a position at a moment: the holder unless absent; else the acting person
     * their absence names, or the position's own acting person while it is vacant, if that person is
     * not absent too; else empty, and the position is skipped.
     */
    public Optional<Person> effectiveHolder(String positionId, Instant at) {
        Position position = positions.get(positionId);
        if (position == null) {
            return Optional.empty();
        }
        String acting;
        if (position.isVacant()) {
            acting = position.actingId();
        } else {
            Person holder = staff.get(position.holder());
            Optional<Absence> absence = absenceAt(holder, at);
            if (absence.isEmpty()) {
                return Optional.of(holder);
            }
            acting = absence.get().actingId();
        }
        return acting == null || isAbsent(acting, at) ? Optional.empty() : Optional.of(staff.get(acting));
    }

    /**
     * Ids of the people whose complaints {@code personId} may answer at {@code at}: those away then
     * whose absence names them as acting.
     */
    public List<String> answersFor(String personId, Instant at) {
        return organisation.staff().stream()
                .filter(person -> absenceAt(person, at)
                        .map(absence -> personId.equals(absence.actingId()))
                        .orElse(false))
                .map(Person::id)
                .toList();
    }

    /**
     * {@link #answersFor(String, Instant)} of everyone at once, in one pass over the staff: the acting
     * people of the absences covering {@code at}, each with the ids of those they stand in for, in the
     * staff's order. Anyone absent from the map answers for nobody.
     */
    public Map<String, List<String>> answersForEveryone(Instant at) {
        Map<String, List<String>> acting = new HashMap<>();
        for (Person person : organisation.staff()) {
            absenceAt(person, at)
                    .filter(absence -> absence.actingId() != null)
                    .ifPresent(absence -> acting.computeIfAbsent(absence.actingId(), id -> new ArrayList<>())
                            .add(person.id()));
        }
        Map<String, List<String>> frozen = new HashMap<>();
        acting.forEach((id, absent) -> frozen.put(id, List.copyOf(absent)));
        return Map.copyOf(frozen);
    }

    /** The absence of {@code person} covering {@code at}, if any. */
    Optional<Absence> absenceAt(Person person, Instant at) {
        return person.absences().stream().filter(absence -> absence.covers(at)).findFirst();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toUnmodifiableMap(id, Function.identity()));
    }

    private static <T> Optional<T> lookup(Map<String, T> index, String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(index.get(id));
    }

    @Override
    public String toString() {
        return "OrganisationVersion[" + version + ", effective from " + effectiveFrom() + "]";
    }
}
