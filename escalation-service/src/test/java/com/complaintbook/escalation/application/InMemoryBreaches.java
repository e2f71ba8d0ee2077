package com.complaintbook.escalation.application;

import com.complaintbook.escalation.domain.Breach;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Breaches in memory, one per complaint and level, as {@code MongoBreachStore} keeps them. */
final class InMemoryBreaches implements BreachStore {

    private final Map<String, Breach> breaches = new LinkedHashMap<>();

    @Override
    public synchronized boolean record(Breach breach) {
        return breaches.putIfAbsent(breach.complaintId() + ":" + breach.level(), breach) == null;
    }

    @Override
    public synchronized List<Breach> find(Integer level, Boolean top, Instant since, int limit) {
        return breaches.values().stream()
                .filter(breach -> level == null || breach.level() == level)
                .filter(breach -> top == null || breach.top() == top)
                .filter(breach -> since == null || !breach.recordedAt().isBefore(since))
                .sorted(Comparator.comparing(Breach::recordedAt))
                .limit(limit)
                .toList();
    }
}
