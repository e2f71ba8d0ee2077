package com.complaintbook.routing.domain;

import com.complaintbook.routing.domain.organisation.Absence;
import com.complaintbook.routing.domain.organisation.Group;
import com.complaintbook.routing.domain.organisation.Person;
import com.complaintbook.routing.domain.organisation.Position;
import com.complaintbook.routing.domain.organisation.Region;
import com.complaintbook.routing.domain.organisation.ResponsibilityRule;
import com.complaintbook.routing.domain.organisation.ReviewLevel;
import com.complaintbook.routing.domain.organisation.Store;
import com.complaintbook.routing.domain.organisation.Target;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides who is responsible for a complaint, at the start and at every climb, from one version of
 * the organisation. Someone is always found: when the rules, the groups and the chart all come up
 * empty, the top takes it, so a complaint is never lost.
 *
 * <p>Everything but group balancing is a function of the arguments. Sharing a group's complaints
 * depends on the members' open complaints and the group's round-robin ticket, which is why a
 * decision, once taken, is stored and resent rather than taken again.
 */
public final class Router {

    static final String VIA_DEFAULT_OWNER = "default-owner";
    static final String VIA_CLIMB = "climb";
    static final String VIA_TOP = "top";

    private final Workloads workloads;

    public Router(Workloads workloads) {
        this.workloads = Objects.requireNonNull(workloads, "workloads");
    }

    /**
     * The level-0 assignment of a complaint submitted at {@code at}: the first matching rule's
     * target, else the default owner, else the top.
     */
    public Assignment firstAssignment(OrganisationVersion org, SlaPolicy sla, RoutableComplaint complaint, Instant at) {
        Optional<Store> store = org.store(complaint.storeId());
        Instant deadline = sla.reviewDeadline(complaint, ReviewLevel.FIRST, at);
        List<ResponsibilityRule> rules = org.organisation().rules();
        for (int index = 0; index < rules.size(); index++) {
            ResponsibilityRule rule = rules.get(index);
            if (matches(rule, complaint, store)) {
                String via = rule.id() == null ? "rule:#" + (index + 1) : "rule:" + rule.id();
                Optional<Candidate> chosen = resolve(org, rule.target(), store, at);
                if (chosen.isPresent()) {
                    return assignment(org, 0, chosen.get(), Set.of(), deadline, via, at);
                }
                // The matching rule's target has nobody present, e.g. a group all away: the
                // default owner stands in, not a later rule the administrator ranked lower.
                break;
            }
        }
        return resolve(org, org.organisation().defaultOwner(), store, at)
                .map(owner -> assignment(org, 0, owner, Set.of(), deadline, VIA_DEFAULT_OWNER, at))
                .orElseGet(() -> atTop(org, 0, deadline, at));
    }

    /**
     * The assignment at the level a complaint climbs to, resolved against the chart as it is now:
     * the nearest eligible person above where the complaint stood, skipping vacancies nobody acts
     * for, absent people and everyone who already handled it. When nobody is left, the top takes it
     * with nobody above.
     */
    public Assignment escalatedAssignment(OrganisationVersion org, SlaPolicy sla, ClimbingComplaint complaint,
                                          Instant at) {
        Instant deadline = sla.reviewDeadline(complaint.complaint(), ReviewLevel.ESCALATED, at);
        Set<String> handlers = new HashSet<>(complaint.handlerIds());
        handlers.add(complaint.previousAssigneeId());
        for (Position position : climbingPath(org, complaint)) {
            Optional<Person> holder = org.effectiveHolder(position.id(), at);
            if (holder.isPresent() && !handlers.contains(holder.get().id())) {
                Candidate candidate = new Candidate(holder.get(), position.id());
                return assignment(org, complaint.toLevel(), candidate, handlers, deadline, VIA_CLIMB, at);
            }
        }
        return atTop(org, complaint.toLevel(), deadline, at);
    }

    /**
     * The positions a climb may go to, nearest first: above the position the complaint stood at; or,
     * when that position is gone, from the nearest remembered position above it that still exists;
     * or, only when routing kept no position for it, above the previous assignee's current position;
     * or the top alone. Never a position below.
     */
    private static List<Position> climbingPath(OrganisationVersion org, ClimbingComplaint complaint) {
        Optional<Position> previous = org.position(complaint.previousPositionId());
        if (previous.isPresent()) {
            return org.positionsAbove(previous.get().id());
        }
        for (String remembered : complaint.positionsAbove()) {
            Optional<Position> stillThere = org.position(remembered);
            if (stillThere.isPresent()) {
                List<Position> path = new ArrayList<>();
                path.add(stillThere.get());
                path.addAll(org.positionsAbove(remembered));
                return path;
            }
        }
        if (complaint.previousPositionId() != null) {
            // The chart the complaint stood in is gone entirely; whoever answered may hold a position
            // anywhere (a stand-in's may be below or beside it), so only the top is surely above.
            return List.of(org.top());
        }
        return org.positionHeldBy(complaint.previousAssigneeId())
                .map(position -> org.positionsAbove(position.id()))
                .orElseGet(() -> List.of(org.top()));
    }

    private static boolean matches(ResponsibilityRule rule, RoutableComplaint complaint, Optional<Store> store) {
        if (rule.kind() != null && rule.kind() != complaint.kind()) {
            return false;
        }
        if (rule.channel() != null && rule.channel() != complaint.channel()) {
            return false;
        }
        if (rule.category() != null && !rule.category().equals(complaint.category())) {
            return false;
        }
        boolean needsStore = rule.store() != null || rule.region() != null
                || (rule.target() != null && rule.target().role() != null);
        if (needsStore && store.isEmpty()) {
            return false;
        }
        if (rule.store() != null && !rule.store().equals(store.get().id())) {
            return false;
        }
        return rule.region() == null || rule.region().equals(store.get().region());
    }

    /** Who a target names at {@code at}, or empty when nobody is there to take it. */
    private Optional<Candidate> resolve(OrganisationVersion org, Target target, Optional<Store> store, Instant at) {
        if (target == null) {
            return Optional.empty();
        }
        if (target.staff() != null) {
            return person(org, target.staff(), at);
        }
        if (target.position() != null) {
            return position(org, target.position(), at);
        }
        if (target.role() != null) {
            return store.flatMap(known -> rolePosition(org, target, known))
                    .flatMap(positionId -> position(org, positionId, at));
        }
        if (target.group() != null) {
            return org.group(target.group()).flatMap(group -> leastBusyMember(org, group, at));
        }
        return Optional.empty();
    }

    private static Optional<String> rolePosition(OrganisationVersion org, Target target, Store store) {
        return switch (target.role()) {
            case STORE_MANAGER -> Optional.of(store.manager());
            case REGION_MANAGER -> org.region(store.region()).map(Region::manager);
            case DIVISION_MANAGER -> org.region(store.region()).map(region -> region.division() == null
                    ? region.manager()
                    : org.division(region.division()).map(division -> division.manager()).orElse(region.manager()));
        };
    }

    /** The person, else whoever their absence names as acting, else the nearest eligible above them. */
    private static Optional<Candidate> person(OrganisationVersion org, String personId, Instant at) {
        Optional<Person> person = org.person(personId);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        String own = ownPosition(org, personId);
        Optional<Absence> absence = org.absenceAt(person.get(), at);
        if (absence.isEmpty()) {
            return Optional.of(new Candidate(person.get(), own));
        }
        String acting = absence.get().actingId();
        if (acting != null && !org.isAbsent(acting, at)) {
            return Optional.of(new Candidate(org.person(acting).orElseThrow(), own));
        }
        return nearestAbove(org, own, at);
    }

    /** Whoever acts for the position, else the nearest eligible above it. */
    private static Optional<Candidate> position(OrganisationVersion org, String positionId, Instant at) {
        Optional<Person> holder = org.effectiveHolder(positionId, at);
        if (holder.isPresent()) {
            return Optional.of(new Candidate(holder.get(), positionId));
        }
        return nearestAbove(org, positionId, at);
    }

    private static Optional<Candidate> nearestAbove(OrganisationVersion org, String positionId, Instant at) {
        for (Position above : org.positionsAbove(positionId)) {
            Optional<Person> holder = org.effectiveHolder(above.id(), at);
            if (holder.isPresent()) {
                return Optional.of(new Candidate(holder.get(), above.id()));
            }
        }
        return Optional.empty();
    }

    /**
     * The member present at {@code at} with the fewest open complaints. Ties go round-robin: the
     * group's next ticket picks among the tied members in id order, so concurrent decisions, here or
     * in another instance, spread over the tie instead of all landing on its first member.
     */
    private Optional<Candidate> leastBusyMember(OrganisationVersion org, Group group, Instant at) {
        List<String> present = group.members().stream().distinct().filter(member -> !org.isAbsent(member, at))
                .toList();
        if (present.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Long> openComplaints = workloads.openComplaints(present);
        long fewest = Long.MAX_VALUE;
        List<String> tied = new ArrayList<>();
        for (String member : present) {
            long open = openComplaints.getOrDefault(member, 0L);
            if (open < fewest) {
                fewest = open;
                tied.clear();
            }
            if (open == fewest) {
                tied.add(member);
            }
        }
        tied.sort(Comparator.naturalOrder());
        String chosen = tied.size() == 1
                ? tied.get(0)
                : tied.get((int) Math.floorMod(workloads.nextTicket(group.id()), (long) tied.size()));
        return Optional.of(new Candidate(org.person(chosen).orElseThrow(), ownPosition(org, chosen)));
    }

    /** The top's effective holder with nobody above; its holder or acting person even when away. */
    private static Assignment atTop(OrganisationVersion org, int level, Instant deadline, Instant at) {
        Position top = org.top();
        Person person = org.effectiveHolder(top.id(), at)
                .or(() -> org.person(top.holder()))
                .or(() -> org.person(top.actingId()))
                .orElseThrow(() -> new IllegalStateException("validation lets no top be vacant with nobody acting"));
        return new Assignment(level, Employee.of(person), top.id(), List.of(), List.of(), deadline, VIA_TOP);
    }

    /**
     * The eligible people above the candidate's position, nearest first: each position's effective
     * holder, skipping vacancies nobody acts for, the assignee, the handlers and anyone already listed.
     */
    private static Assignment assignment(OrganisationVersion org, int level, Candidate candidate, Set<String> handlers,
                                         Instant deadline, String via, Instant at) {
        List<Employee> managers = new ArrayList<>();
        List<String> managerPositions = new ArrayList<>();
        Set<String> listed = new LinkedHashSet<>(handlers);
        listed.add(candidate.person().id());
        for (Position above : org.positionsAbove(candidate.positionId())) {
            org.effectiveHolder(above.id(), at)
                    .filter(holder -> listed.add(holder.id()))
                    .ifPresent(holder -> {
                        managers.add(Employee.of(holder));
                        managerPositions.add(above.id());
                    });
        }
        return new Assignment(level, Employee.of(candidate.person()), candidate.positionId(), managers,
                managerPositions, deadline, via);
    }

    /** Validation lets nobody on the staff hold no position. */
    private static String ownPosition(OrganisationVersion org, String personId) {
        return org.positionHeldBy(personId).map(Position::id).orElseThrow(
                () -> new IllegalStateException("'%s' holds no position in a validated organisation".formatted(personId)));
    }

    /** Someone who can take the complaint, and the position they would answer from. */
    private record Candidate(Person person, String positionId) {
    }
}
