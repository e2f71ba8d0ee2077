package com.complaintbook.routing.domain;

import com.complaintbook.routing.domain.organisation.Category;
import com.complaintbook.routing.domain.organisation.Organisation;
import com.complaintbook.routing.domain.organisation.Person;
import com.complaintbook.routing.domain.organisation.Position;
import com.complaintbook.routing.domain.organisation.Store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Placeholder with routing-domain's signature; replaced when that branch is merged. */
public final class OrganisationVersion {

    private final long version;
    private final Organisation organisation;

    private OrganisationVersion(long version, Organisation organisation) {
        this.version = version;
        this.organisation = organisation;
    }

    public static OrganisationVersion of(long version, Organisation organisation) {
        List<String> problems = OrganisationValidation.problems(organisation);
        if (!problems.isEmpty()) {
            throw new InvalidOrganisationException(problems);
        }
        return new OrganisationVersion(version, organisation);
    }

    public long version() {
        return version;
    }

    public Organisation organisation() {
        return organisation;
    }

    public Instant effectiveFrom() {
        return organisation.effectiveFrom();
    }

    public Optional<Store> store(String id) {
        return organisation.stores().stream().filter(store -> store.id().equals(id)).findFirst();
    }

    public Optional<Category> category(String id) {
        return organisation.categories().stream().filter(category -> category.id().equals(id)).findFirst();
    }

    public Optional<Person> person(String id) {
        return organisation.staff().stream().filter(person -> person.id().equals(id)).findFirst();
    }

    public Optional<Position> position(String id) {
        return organisation.positions().stream().filter(position -> position.id().equals(id)).findFirst();
    }

    public Optional<Position> positionHeldBy(String personId) {
        return organisation.positions().stream().filter(position -> personId.equals(position.holder())).findFirst();
    }

    public Position top() {
        return organisation.positions().stream().filter(Position::isTop).findFirst().orElseThrow();
    }

    public Optional<Person> effectiveHolder(String positionId, Instant at) {
        throw new UnsupportedOperationException("routing-domain not merged yet");
    }

    public List<String> answersFor(String personId, Instant at) {
        throw new UnsupportedOperationException("routing-domain not merged yet");
    }
}
