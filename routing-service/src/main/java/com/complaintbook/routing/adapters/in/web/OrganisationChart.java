package com.complaintbook.routing.adapters.in.web;

import com.complaintbook.routing.application.EffectiveOrganisation;
import com.complaintbook.routing.domain.OrganisationVersion;
import com.complaintbook.routing.domain.organisation.Person;
import com.complaintbook.routing.domain.organisation.Position;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The chart as a tree from the top position down, at a moment: who holds each position, who actually
 * acts for it then, and whether it is vacant, its holder absent, or someone acting.
 *
 * @param version the organisation version in force at {@code at}
 */
record OrganisationChart(long version, Instant at, Node top) {

    static OrganisationChart of(EffectiveOrganisation inForce, Instant at) {
        OrganisationVersion organisation = inForce.version();
        Map<String, List<Position>> reports = new HashMap<>();
        for (Position position : organisation.organisation().positions()) {
            if (position.reportsTo() != null) {
                reports.computeIfAbsent(position.reportsTo(), above -> new ArrayList<>()).add(position);
            }
        }
        return new OrganisationChart(inForce.stored().version(), at,
                node(organisation, organisation.top(), reports, at, new HashSet<>()));
    }

    private static Node node(OrganisationVersion organisation, Position position, Map<String, List<Position>> reports,
                             Instant at, Set<String> seen) {
        seen.add(position.id());
        Optional<Person> holder = Optional.ofNullable(position.holder()).flatMap(organisation::person);
        Optional<Person> effective = organisation.effectiveHolder(position.id(), at);
        boolean absent = holder.map(person -> person.absences().stream().anyMatch(away -> away.covers(at)))
                .orElse(false);
        boolean acting = effective.isPresent() && !effective.get().id().equals(position.holder());
        List<Node> below = reports.getOrDefault(position.id(), List.of()).stream()
                .filter(report -> !seen.contains(report.id()))
                .map(report -> node(organisation, report, reports, at, seen))
                .toList();
        return new Node(position.id(), position.title(), position.department(),
                holder.map(Holder::of).orElse(null), effective.map(Holder::of).orElse(null),
                position.isVacant(), absent, acting, below);
    }

    /**
     * @param holder          who holds it; {@code null} while vacant
     * @param effectiveHolder who acts for it at the moment; {@code null} when nobody does (it is skipped)
     */
    record Node(String id, String title, String department, Holder holder, Holder effectiveHolder, boolean vacant,
                boolean absent, boolean acting, List<Node> reports) {
    }

    record Holder(String id, String name) {
        static Holder of(Person person) {
            return new Holder(person.id(), person.name());
        }
    }
}
