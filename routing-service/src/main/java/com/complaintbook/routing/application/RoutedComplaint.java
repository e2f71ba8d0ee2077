package com.complaintbook.routing.application;

import com.complaintbook.routing.domain.RoutableComplaint;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What routing keeps of one complaint: what it is about, every decision taken for it, everyone who
 * handled it, and whether it is open with someone now (what balancing a group counts).
 *
 * @param complaint    kind, channel, store and category as submitted
 * @param levels       one decision per level
 * @param handlers     everyone it was assigned to so far
 * @param current      who has it now, or {@code null}
 * @param open         whether it waits for {@code current}
 * @param lastSequence the last event of its stream applied to {@code current} and {@code open}
 */
public record RoutedComplaint(String complaintId, RoutableComplaint complaint, List<RoutingDecision> levels,
                              Set<String> handlers, String current, boolean open, long lastSequence) {

    public RoutedComplaint {
        levels = List.copyOf(levels);
        handlers = Set.copyOf(handlers);
    }

    public Optional<RoutingDecision> level(int level) {
        return levels.stream().filter(decision -> decision.level() == level).findFirst();
    }

    /** The decision of the highest level below {@code level}: whoever had it before it climbed there. */
    public Optional<RoutingDecision> below(int level) {
        return levels.stream().filter(decision -> decision.level() < level)
                .max(Comparator.comparingInt(RoutingDecision::level));
    }
}
