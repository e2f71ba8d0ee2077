package com.complaintbook.intake.support;

import com.complaintbook.contracts.StaffMember;
import com.complaintbook.contracts.commands.AssignComplaint;
import com.complaintbook.contracts.commands.CommandEnvelope;
import com.complaintbook.contracts.commands.ComplaintCommandType;
import com.complaintbook.contracts.commands.EscalateComplaint;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What terminals post and what routing and escalation send, as the tests need them. */
public final class Samples {

    public static final StaffMember CLERK = new StaffMember("e-delivery-lead", "Ivan Petrenko", "ivan.petrenko@retail.example");
    public static final StaffMember MANAGER = new StaffMember("m-logistics", "Oksana Tkachenko", "oksana.tkachenko@retail.example");
    public static final StaffMember CEO = new StaffMember("ceo", "Taras Bondarenko", "taras.bondarenko@retail.example");
    public static final Instant DEADLINE = Instant.parse("2026-11-25T09:00:00Z");

    private Samples() {
    }

    public static Map<String, Object> validSubmission() {
        return Map.of("kind", "complaint", "channel", "terminal", "storeId", "kyiv-001", "category", "delivery",
                "text", "The sofa arrived two weeks late and scratched.",
                "customer", Map.of("name", "Olena", "email", "olena@example.com"),
                "language", "uk");
    }

    public static CommandEnvelope<AssignComplaint> assignment(String complaintId, StaffMember who, int level,
                                                              List<StaffMember> managers) {
        AssignComplaint payload = new AssignComplaint(complaintId, who, level, DEADLINE, managers);
        return new CommandEnvelope<>(UUID.randomUUID().toString(), complaintId,
                ComplaintCommandType.ASSIGN.logicalName(), 1, Instant.now(), "routing-service", payload);
    }

    public static CommandEnvelope<EscalateComplaint> escalation(String complaintId, int fromLevel) {
        EscalateComplaint payload = new EscalateComplaint(complaintId, fromLevel, DEADLINE);
        return new CommandEnvelope<>(UUID.randomUUID().toString(), complaintId,
                ComplaintCommandType.ESCALATE.logicalName(), 1, Instant.now(), "escalation-service", payload);
    }
}
