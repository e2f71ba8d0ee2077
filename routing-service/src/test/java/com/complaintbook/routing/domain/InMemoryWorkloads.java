package com.complaintbook.routing.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Open complaints and round-robin tickets in memory, safe for concurrent callers. */
final class InMemoryWorkloads implements Workloads {

    private final Map<String, AtomicLong> open = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> tickets = new ConcurrentHashMap<>();

    @Override
    public Map<String, Long> openComplaints(Collection<String> personIds) {
        Map<String, Long> counts = new HashMap<>();
        personIds.forEach(personId -> counts.put(personId, open.getOrDefault(personId, new AtomicLong()).get()));
        return counts;
    }

    @Override
    public long nextTicket(String groupId) {
        return tickets.computeIfAbsent(groupId, id -> new AtomicLong()).getAndIncrement();
    }

    InMemoryWorkloads open(String personId, long count) {
        open.computeIfAbsent(personId, id -> new AtomicLong()).set(count);
        return this;
    }

    void assigned(String personId) {
        open.computeIfAbsent(personId, id -> new AtomicLong()).incrementAndGet();
    }
}
