package com.complaintbook.intake.support;

import com.complaintbook.contracts.Language;
import com.complaintbook.contracts.StaffMember;
import com.complaintbook.contracts.commands.AssignComplaint;
import com.complaintbook.contracts.commands.CloseAfterAppealWindow;
import com.complaintbook.contracts.commands.CommandEnvelope;
import com.complaintbook.contracts.commands.ComplaintCommandType;
import com.complaintbook.contracts.commands.EscalateComplaint;
import com.complaintbook.contracts.commands.WarnOfDeadline;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What terminals post and what routing and escalation send, as the tests need them. */
public final class Samples {

    public static final StaffMember CLERK = new StaffMember("e-delivery-lead", "Ivan Petrenko", "ivan.petrenko@retail.example",
            Language.UK);
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

    /** Escalation's warning for the deadline every sample assignment sets. */
    public static CommandEnvelope<WarnOfDeadline> warning(String complaintId, int level) {
        WarnOfDeadline payload = new WarnOfDeadline(complaintId, level, DEADLINE);
        return new CommandEnvelope<>(complaintId + ":warn:" + level, complaintId,
                ComplaintCommandType.WARN.logicalName(), 1, Instant.now(), "escalation-service", payload);
    }

    public static CommandEnvelope<CloseAfterAppealWindow> appealWindowPassed(String complaintId, int level,
                                                                             Instant appealDeadline) {
        CloseAfterAppealWindow payload = new CloseAfterAppealWindow(complaintId, level, appealDeadline);
        return new CommandEnvelope<>(complaintId + ":appeal-close:" + level, complaintId,
                ComplaintCommandType.CLOSE.logicalName(), 1, Instant.now(), "escalation-service", payload);
    }
}
