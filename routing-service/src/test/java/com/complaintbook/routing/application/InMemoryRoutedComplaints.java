package com.complaintbook.routing.application;

import com.complaintbook.routing.domain.RoutableComplaint;
import com.complaintbook.routing.domain.Workloads;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Routing's record of complaints in memory, guarded as MongoDB's is: a level kept once, sequences forward only. */
public class InMemoryRoutedComplaints implements RoutedComplaints, Workloads {

    private final Map<String, RoutedComplaint> complaints = new HashMap<>();
    private final Map<String, Long> tickets = new HashMap<>();

    @Override
    public synchronized Optional<RoutedComplaint> find(String complaintId) {
        return Optional.ofNullable(complaints.get(complaintId));
    }

    @Override
    public synchronized RoutingDecision record(String complaintId, boolean seen, RoutableComplaint complaint,
                                               RoutingDecision decision, long sequence) {
        RoutingDecision kept = keep(complaintId, complaint, decision);
        assigned(complaintId, sequence, kept.assignee().id());
        return kept;
    }

    private RoutingDecision keep(String complaintId, RoutableComplaint complaint, RoutingDecision decision) {
        RoutedComplaint known = complaints.get(complaintId);
        if (known != null && known.level(decision.level()).isPresent()) {
            return known.level(decision.level()).get();
        }
        List<RoutingDecision> levels = new ArrayList<>(known == null ? List.of() : known.levels());
        levels.add(decision);
        HashSet<String> handlers = new HashSet<>(known == null ? java.util.Set.<String>of() : known.handlers());
        handlers.add(decision.assignee().id());
        complaints.put(complaintId, new RoutedComplaint(complaintId, described(known, complaint), levels, handlers,
                known == null ? null : known.current(), known != null && known.open(),
                known == null ? -1 : known.lastSequence()));
        return decision;
    }

    /** As MongoDB's update does: each field the decision knows replaces the kept one, the others stay. */
    private static RoutableComplaint described(RoutedComplaint known, RoutableComplaint complaint) {
        if (known == null || known.complaint() == null) {
            return complaint;
        }
        RoutableComplaint kept = known.complaint();
        return new RoutableComplaint(complaint.kind() != null ? complaint.kind() : kept.kind(),
                complaint.channel() != null ? complaint.channel() : kept.channel(),
                complaint.storeId() != null ? complaint.storeId() : kept.storeId(),
                complaint.category() != null ? complaint.category() : kept.category());
    }

    @Override
    public synchronized void assigned(String complaintId, long sequence, String assigneeId) {
        RoutedComplaint known = complaints.get(complaintId);
        if (known != null && known.lastSequence() >= sequence) {
            return;
        }
        HashSet<String> handlers = new HashSet<>(known == null ? java.util.Set.<String>of() : known.handlers());
        handlers.add(assigneeId);
        complaints.put(complaintId, new RoutedComplaint(complaintId, known == null ? null : known.complaint(),
                known == null ? List.of() : known.levels(), handlers, assigneeId, true, sequence));
    }

    @Override
    public synchronized void finished(String complaintId, long sequence) {
        RoutedComplaint known = complaints.get(complaintId);
        if (known != null && known.lastSequence() >= sequence) {
            return;
        }
        complaints.put(complaintId, new RoutedComplaint(complaintId, known == null ? null : known.complaint(),
                known == null ? List.of() : known.levels(), known == null ? java.util.Set.of() : known.handlers(),
                known == null ? null : known.current(), false, sequence));
    }

    @Override
    public synchronized Map<String, Long> openComplaints(Collection<String> personIds) {
        Map<String, Long> counts = new HashMap<>();
        personIds.forEach(personId -> counts.put(personId, complaints.values().stream()
                .filter(complaint -> complaint.open() && personId.equals(complaint.current())).count()));
        return counts;
    }

    @Override
    public synchronized long nextTicket(String groupId) {
        long next = tickets.getOrDefault(groupId, 0L);
        tickets.put(groupId, next + 1);
        return next;
    }
}
