package com.complaintbook.intake.domain;

import com.complaintbook.contracts.ClosureReason;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.intake.domain.ComplaintEvent.Answered;
import com.complaintbook.intake.domain.ComplaintEvent.Assigned;
import com.complaintbook.intake.domain.ComplaintEvent.Closed;
import com.complaintbook.intake.domain.ComplaintEvent.Escalated;
import com.complaintbook.intake.domain.ComplaintEvent.Rejected;
import com.complaintbook.intake.domain.ComplaintEvent.Submitted;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One customer complaint or suggestion: the single writer of its stream and the judge of every step.
 *
 * <p>Its life: submitted, assigned by routing, answered or rejected by the assignee or someone above
 * them; then accepted (closed), or appealed by the customer within the appeal window, which lifts it
 * one level up to be assigned and answered again. A missed deadline lifts it too. An answer from the
 * top of the chain is final and closes it.
 *
 * <p>Commands from Kafka arrive at least once, so each names the state it was decided for. A command
 * that the stream already reflects is accepted silently (no second event); one that contradicts the
 * stream is refused with {@link ComplaintStepRefused}, and one from someone without the right with
 * {@link ComplaintActionForbidden}.
 */
@Aggregate
public class Complaint {

    @AggregateIdentifier
    private String complaintId;
    private ComplaintKind kind;
    private ComplaintStatus status;
    private int level;
    private String assigneeId;
    private List<Employee> managers = List.of();
    private String answeredBy;
    private boolean finalAnswer;
    private Instant appealDeadline;
    private ClosureReason closure;

    protected Complaint() {
        // Axon rebuilds the aggregate from its events.
    }

    @CommandHandler
    public Complaint(SubmitComplaint command) {
        apply(new Submitted(command.complaintId(), command.reference(), command.kind(), command.channel(),
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
            throw refused("an assignment at level " + command.level() + " is not expected");
        }
        apply(new Assigned(complaintId, command.assignee(), command.level(), command.deadline(),
                command.managers(), command.assignedAt()));
    }

    @CommandHandler
    public void handle(EscalateForMissedDeadline command) {
        if (level > command.fromLevel() || answeredInTime(command.fromLevel())) {
            return;
        }
        if (status != ComplaintStatus.ASSIGNED || level != command.fromLevel()) {
            throw refused("no deadline runs at level " + command.fromLevel());
        }
        if (managers.isEmpty()) {
            throw refused("it is with the CEO already; there is no one above");
        }
        apply(new Escalated(complaintId, level, level + 1, EscalationReason.DEADLINE_MISSED,
                assigneeId, null, command.escalatedAt()));
    }

    @CommandHandler
    public void handle(AnswerComplaint command) {
        requireAwaitingAnswerFrom(command.staffId());
        if ((kind == ComplaintKind.SUGGESTION) != (command.outcome() != null)) {
            throw new InvalidCommandException(kind == ComplaintKind.SUGGESTION
                    ? "An answer to a suggestion says what became of it" : "Only suggestions have an outcome");
        }
        boolean last = nobodyAbove(command.staffId());
        apply(new Answered(complaintId, command.staffId(), level, command.answer(), command.outcome(),
                last, last ? null : command.appealDeadline(), command.answeredAt()));
        closeIfFinal(last, command.answeredAt());
    }

    @CommandHandler
    public void handle(RejectComplaint command) {
        requireAwaitingAnswerFrom(command.staffId());
        boolean last = nobodyAbove(command.staffId());
        apply(new Rejected(complaintId, command.staffId(), level, command.reason(), command.comment(),
                last, last ? null : command.appealDeadline(), command.rejectedAt()));
        closeIfFinal(last, command.rejectedAt());
    }

    @CommandHandler
    public void handle(AcceptAnswer command) {
        if (closure == ClosureReason.ACCEPTED_BY_CUSTOMER) {
            return;
        }
        if (status != ComplaintStatus.ANSWERED && status != ComplaintStatus.REJECTED) {
            throw refused("there is no answer to accept");
        }
        apply(new Closed(complaintId, ClosureReason.ACCEPTED_BY_CUSTOMER, command.acceptedAt()));
    }

    @CommandHandler
    public void handle(DeclareNotSatisfied command) {
        if (status == ComplaintStatus.CLOSED && finalAnswer) {
            throw refused("the answer came from the top of the chain and is final");
        }
        if (status != ComplaintStatus.ANSWERED && status != ComplaintStatus.REJECTED) {
            throw refused("there is no answer to appeal");
        }
        if (command.declaredAt().isAfter(appealDeadline)) {
            throw refused("the appeal window closed at " + appealDeadline);
        }
        apply(new Escalated(complaintId, level, level + 1, EscalationReason.CUSTOMER_NOT_SATISFIED,
                answeredBy, command.comment(), command.declaredAt()));
    }

    /** Who may act is checked first, so staff outside the chain learn nothing of where it stands. */
    private void requireAwaitingAnswerFrom(String staffId) {
        boolean inChain = staffId.equals(assigneeId) || managers.stream().anyMatch(manager -> manager.id().equals(staffId));
        if (!inChain) {
            throw new ComplaintActionForbidden(complaintId, staffId);
        }
        if (status != ComplaintStatus.ASSIGNED) {
            throw refused("it is not waiting for an answer");
        }
    }

    /** The assignee's managers run up to the CEO, so the one with nobody above is the last of them. */
    private boolean nobodyAbove(String staffId) {
        String top = managers.isEmpty() ? assigneeId : managers.get(managers.size() - 1).id();
        return top.equals(staffId);
    }

    private void closeIfFinal(boolean last, Instant at) {
        if (last) {
            apply(new Closed(complaintId, ClosureReason.FINAL_ANSWER, at));
        }
    }

    /**
     * Whether the stream already holds this assignment: the complaint has moved past its level, or
     * is still at it with this assignee, answered or not. Routing resends an assignment whenever an
     * event is redelivered or replayed; that must change nothing and alarm no one.
     */
    /** A deadline noticed as missed just after the answer came is a race, not a breach. */
    private boolean answeredInTime(int fromLevel) {
        return level == fromLevel && (status == ComplaintStatus.ANSWERED || status == ComplaintStatus.REJECTED
                || status == ComplaintStatus.CLOSED);
    }

    private boolean alreadyAssigned(AssignResponsible command) {
        boolean assignedAtThisLevel = status != ComplaintStatus.SUBMITTED && status != ComplaintStatus.ESCALATED;
        return command.level() < level
                || (command.level() == level && assignedAtThisLevel && command.assignee().id().equals(assigneeId));
    }

    private ComplaintStepRefused refused(String reason) {
        return new ComplaintStepRefused(complaintId, reason + " (the complaint is " + status + " at level " + level + ")");
    }

    @EventSourcingHandler
    void on(Submitted event) {
        complaintId = event.complaintId();
        kind = event.kind();
        status = ComplaintStatus.SUBMITTED;
        level = 0;
    }

    @EventSourcingHandler
    void on(Assigned event) {
        status = ComplaintStatus.ASSIGNED;
        level = event.level();
        assigneeId = event.assignee().id();
        managers = event.managers();
        answeredBy = null;
        appealDeadline = null;
    }

    @EventSourcingHandler
    void on(Escalated event) {
        status = ComplaintStatus.ESCALATED;
        level = event.toLevel();
    }

    @EventSourcingHandler
    void on(Answered event) {
        status = ComplaintStatus.ANSWERED;
        answeredBy = event.answeredBy();
        finalAnswer = event.finalAnswer();
        appealDeadline = event.appealDeadline();
    }

    @EventSourcingHandler
    void on(Rejected event) {
        status = ComplaintStatus.REJECTED;
        answeredBy = event.rejectedBy();
        finalAnswer = event.finalAnswer();
        appealDeadline = event.appealDeadline();
    }

    @EventSourcingHandler
    void on(Closed event) {
        status = ComplaintStatus.CLOSED;
        closure = event.reason();
    }
}
