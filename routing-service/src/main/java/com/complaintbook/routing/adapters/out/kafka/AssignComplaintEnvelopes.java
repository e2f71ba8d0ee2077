package com.complaintbook.routing.adapters.out.kafka;

import com.complaintbook.contracts.StaffMember;
import com.complaintbook.contracts.commands.AssignComplaint;
import com.complaintbook.contracts.commands.CommandEnvelope;
import com.complaintbook.contracts.commands.ComplaintCommandType;
import com.complaintbook.routing.application.AssignmentDecision;
import com.complaintbook.routing.domain.Assignment;
import com.complaintbook.routing.domain.Employee;

/** Translates a decision into the wire contract. */
final class AssignComplaintEnvelopes {

    /** The service named as sender, so intake can trace a refused command back. */
    static final String ISSUED_BY = "routing-service";

    private AssignComplaintEnvelopes() {
    }

    static CommandEnvelope<AssignComplaint> of(AssignmentDecision decision) {
        Assignment assignment = decision.assignment();
        AssignComplaint command = new AssignComplaint(decision.complaintId(), staffMember(assignment.assignee()),
                assignment.level(), assignment.deadline(),
                assignment.managers().stream().map(AssignComplaintEnvelopes::staffMember).toList());
        return new CommandEnvelope<>(decision.decisionId(), decision.complaintId(),
                ComplaintCommandType.ASSIGN.logicalName(), ComplaintCommandType.ASSIGN.version(),
                decision.decidedAt(), ISSUED_BY, command);
    }

    private static StaffMember staffMember(Employee employee) {
        return new StaffMember(employee.id(), employee.name(), employee.email(), employee.language());
    }
}
