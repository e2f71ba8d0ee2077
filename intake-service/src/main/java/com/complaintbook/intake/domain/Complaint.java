package com.complaintbook.intake.domain;

import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.contracts.StaffMember;
import com.complaintbook.contracts.events.ComplaintAssigned;
import com.complaintbook.contracts.events.ComplaintEscalated;
import com.complaintbook.contracts.events.ComplaintSubmitted;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One customer complaint or suggestion: the single writer of its stream and the judge of every step.
 *
 * <p>Commands from Kafka arrive at least once, so each names the state it was decided for. A command
 * that the stream already reflects is accepted silently (no second event); one that contradicts the
 * stream is refused with {@link ComplaintStepRefused}.
 */
@Aggregate
public class Complaint {

    @AggregateIdentifier
    private String complaintId;
    private ComplaintStatus status;
    private int level;
    private String assigneeId;
    private List<StaffMember> managers = List.of();

    protected Complaint() {
        // Axon rebuilds the aggregate from its events.
    }

    @CommandHandler
    public Complaint(SubmitComplaint command) {
        apply(new ComplaintSubmitted(command.complaintId(), command.kind(), command.channel(),
                command.storeId(), command.category(), command.text(), command.customer(),
                command.language(), command.submittedAt()));
    }

    @CommandHandler
    public void handle(AssignResponsible command) {
        if (alreadyAssigned(command)) {
            return;
        }
        boolean awaited = (status == ComplaintStatus.SUBMITTED && command.level() == 0)
                || (status == ComplaintStatus.ESCALATED && command.level() == level);
        if (!awaited) {
            throw new ComplaintStepRefused(complaintId, "an assignment at level " + command.level()
                    + " is not expected while the complaint is " + status + " at level " + level);
        }
        apply(new ComplaintAssigned(complaintId, command.assignee(), command.level(), command.deadline(),
                command.managers(), command.assignedAt()));
    }

    @CommandHandler
    public void handle(EscalateForMissedDeadline command) {
        if (level > command.fromLevel()) {
            return;
        }
        if (status != ComplaintStatus.ASSIGNED || level != command.fromLevel()) {
            throw new ComplaintStepRefused(complaintId, "no deadline runs at level " + command.fromLevel()
                    + " while the complaint is " + status + " at level " + level);
        }
        if (managers.isEmpty()) {
            throw new ComplaintStepRefused(complaintId, "it is with the CEO already; there is no one above");
        }
        apply(new ComplaintEscalated(complaintId, level, level + 1, EscalationReason.DEADLINE_MISSED,
                assigneeId, command.escalatedAt()));
    }

    private boolean alreadyAssigned(AssignResponsible command) {
        return status == ComplaintStatus.ASSIGNED
                && level == command.level()
                && command.assignee().id().equals(assigneeId);
    }

    @EventSourcingHandler
    void on(ComplaintSubmitted event) {
        complaintId = event.complaintId();
        status = ComplaintStatus.SUBMITTED;
        level = 0;
    }

    @EventSourcingHandler
    void on(ComplaintAssigned event) {
        status = ComplaintStatus.ASSIGNED;
        level = event.level();
        assigneeId = event.assignee().id();
        managers = event.managers();
    }

    @EventSourcingHandler
    void on(ComplaintEscalated event) {
        status = ComplaintStatus.ESCALATED;
        level = event.toLevel();
    }
}
