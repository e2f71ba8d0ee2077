package com.complaintbook.localsystem.benchmark;

import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The two events that give a complaint an open deadline, as intake publishes them: the contracts'
 * envelope around {@code ComplaintSubmitted} v1 (sequence 0) and {@code ComplaintAssigned} v1
 * (sequence 1), both keyed by the complaint id. The assignee has a manager and the CEO above, so every
 * breach is one that climbs. A unit test holds both to the contracts' JSON Schemas: every required field,
 * no field the schema does not name.
 */
final class DeadlineEvents {

    static final String SUBMITTED = "ComplaintSubmitted";
    static final String ASSIGNED = "ComplaintAssigned";
    private static final String[] STORES = {"kyiv-001", "lviv-002", "odesa-003"};
    private static final String[] CATEGORIES = {"delivery", "product-quality", "service"};
    private static final Map<String, String> ASSIGNEE = staff("e-benchmark", "Bench Mark", "bench.mark@retail.example");
    private static final List<Map<String, String>> MANAGERS = List.of(
            staff("m-benchmark", "Manny Ger", "manny.ger@retail.example"),
            staff("ceo", "Taras Bondarenko", "taras.bondarenko@retail.example"));

    private final JsonMapper json = JsonMapper.builder().build();
    private final DeadlinePlan plan;

    DeadlineEvents(DeadlinePlan plan) {
        this.plan = plan;
    }

    /** Complaint {@code index}'s submission, one second before its assignment. */
    String submitted(int index) {
        String complaintId = plan.complaintId(index);
        Instant submittedAt = plan.assignedAt(index).minusSeconds(1);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("complaintId", complaintId);
        payload.put("kind", "complaint");
        payload.put("channel", "website");
        payload.put("storeId", STORES[index % STORES.length]);
        payload.put("category", CATEGORIES[index % CATEGORIES.length]);
        payload.put("text", "Benchmark complaint " + index + ": nobody answers it.");
        payload.put("language", "en");
        payload.put("submittedAt", submittedAt.toString());
        return envelope(complaintId, 0, SUBMITTED, submittedAt, payload);
    }

    /** Complaint {@code index}'s assignment at level 0, with its deadline from the plan. */
    String assigned(int index) {
        String complaintId = plan.complaintId(index);
        Instant assignedAt = plan.assignedAt(index);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("complaintId", complaintId);
        payload.put("assignee", ASSIGNEE);
        payload.put("level", 0);
        payload.put("deadline", plan.deadline(index).toString());
        payload.put("managers", MANAGERS);
        payload.put("assignedAt", assignedAt.toString());
        return envelope(complaintId, 1, ASSIGNED, assignedAt, payload);
    }

    private String envelope(String complaintId, int sequence, String type, Instant occurredAt, Map<String, Object> payload) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("eventId", UUID.randomUUID().toString());
        envelope.put("complaintId", complaintId);
        envelope.put("sequence", sequence);
        envelope.put("type", type);
        envelope.put("version", 1);
        envelope.put("occurredAt", occurredAt.toString());
        envelope.put("payload", payload);
        return json.writeValueAsString(envelope);
    }

    private static Map<String, String> staff(String id, String name, String email) {
        Map<String, String> member = new LinkedHashMap<>();
        member.put("id", id);
        member.put("name", name);
        member.put("email", email);
        return member;
    }
}
