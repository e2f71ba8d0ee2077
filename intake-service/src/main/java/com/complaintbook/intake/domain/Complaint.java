package com.complaintbook.intake.domain;

import com.complaintbook.contracts.ClosureReason;
import com.complaintbook.contracts.ComplaintKind;
import com.complaintbook.contracts.EscalationReason;
import com.complaintbook.intake.domain.ComplaintEvent.Answered;
import com.complaintbook.intake.domain.ComplaintEvent.Assigned;
import com.complaintbook.intake.domain.ComplaintEvent.Closed;
import com.complaintbook.intake.domain.ComplaintEvent.DeadlineApproaching;
import com.complaintbook.intake.domain.ComplaintEvent.DeadlineMissedAtTop;
import com.complaintbook.intake.domain.ComplaintEvent.Escalated;
import com.complaintbook.intake.domain.ComplaintEvent.Rejected;
import com.complaintbook.intake.domain.ComplaintEvent.Submitted;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One customer complaint or suggestion: the single writer of its stream and the judge of every step.
 *
 * <p>Its life: submitted, assigned by routing, answered or rejected by the assignee or someone above
 * them (or an acting stand-in for one of them); then accepted (closed), or appealed by the customer
 * within the appeal window, which lifts it one level up to be assigned and answered again, or let the
 * window pass, which closes it. A missed
 * deadline lifts it too, after a warning before it; at the top of the chain, where nobody is above, a
 * missed deadline is recorded once and the complaint stays, overdue. An answer from the top of the
 * chain is final and closes it.
 *
 * <p>Commands from Kafka arrive at least once, so each names the state it was decided for. A command
 * that the stream already reflects is accepted silently (no second event); one that contradicts the
 * stream is refused with {@link ComplaintStepRefused}, and one from someone without the right with
 * {@link ComplaintActionForbidden}. Escalation's timers race with answers and appeals as a matter of
 * course, so a warning, a breach or a close that arrives after the complaint moved on records nothing
 * and is not refused either.
 */
@Aggregate
public class Complaint {

    @AggregateIdentifier
    private String complaintId;
    private ComplaintKind kind;
    private ComplaintStatus status;
    private int level;
    private Employee assignee;
    private Instant deadline;
    private List<Employee> managers = List.of();
    private boolean warned;
    private boolean missedAtTop;
    /** Whose answer stands: the one in the chain who gave it, or in whose place a stand-in gave it. */
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
                command.language(), command.submittedAt(), command.storeName(), command.storeAddress(),
                command.categoryName()));
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

    /**
     * A breach climbs one level, recording the deadline this stream holds for the level. At the top it
     * is recorded once and nothing climbs.
     */
    @CommandHandler
    public void handle(EscalateForMissedDeadline command) {
        if (movedOnFrom(command.fromLevel())) {
            return;
        }
        requireDeadlineRunningAt(command.fromLevel());
        if (managers.isEmpty()) {
            if (!missedAtTop) {
                apply(new DeadlineMissedAtTop(complaintId, level, assignee, deadline, command.escalatedAt()));
            }
            return;
        }
        apply(new Escalated(complaintId, level, level + 1, EscalationReason.DEADLINE_MISSED,
                assignee.id(), null, command.escalatedAt(), assignee, deadline));
    }

    /**
     * Warned once per level, and only about the deadline the assignee has now: a warning that arrives
     * after a reassignment, or after the deadline was already recorded as missed, is stale.
     */
    @CommandHandler
    public void handle(WarnOfApproachingDeadline command) {
        if (movedOnFrom(command.level())) {
            return;
        }
        requireDeadlineRunningAt(command.level());
        if (warned || missedAtTop || !command.deadline().equals(deadline)) {
            return;
        }
        apply(new DeadlineApproaching(complaintId, level, assignee, deadline,
                managers.isEmpty() ? null : managers.get(0), command.warnedAt()));
    }

    /**
     * Closes the answer whose appeal window passed. Escalation's clock says it passed; the customer
     * appealing (the complaint climbed) or accepting meanwhile makes the close moot.
     */
    @CommandHandler
    public void handle(CloseAfterAppealWindowPassed command) {
        if (level > command.level() || (level == command.level() && status == ComplaintStatus.CLOSED)) {
            return;
        }
        if (level != command.level() || (status != ComplaintStatus.ANSWERED && status != ComplaintStatus.REJECTED)) {
            throw refused("no answer was given at level " + command.level());
        }
        if (!command.appealDeadline().equals(appealDeadline)) {
            return;
        }
        apply(new Closed(complaintId, ClosureReason.APPEAL_WINDOW_PASSED, command.closedAt()));
    }

    /**
     * An answer from the assignee or someone above them, or from an acting stand-in for one of them,
     * who answers in that person's place: final if that person is the top, and the one the complaint
     * climbs from if the customer is not satisfied.
     */
    @CommandHandler
    public void handle(AnswerComplaint command) {
        Employee handler = requireAwaitingAnswerFrom(command.staffId(), command.answersFor());
        if ((kind == ComplaintKind.SUGGESTION) != (command.outcome() != null)) {
            throw new InvalidCommandException(kind == ComplaintKind.SUGGESTION
                    ? "An answer to a suggestion says what became of it" : "Only suggestions have an outcome");
        }
        boolean last = nobodyAbove(handler.id());
        apply(new Answered(complaintId, command.staffId(), level, command.answer(), command.outcome(),
                last, last ? null : command.appealDeadline(), command.answeredAt(),
                onBehalfOf(command.staffId(), handler)));
        closeIfFinal(last, command.answeredAt());
    }

    @CommandHandler
    public void handle(RejectComplaint command) {
        Employee handler = requireAwaitingAnswerFrom(command.staffId(), command.answersFor());
        boolean last = nobodyAbove(handler.id());
        apply(new Rejected(complaintId, command.staffId(), level, command.reason(), command.comment(),
                last, last ? null : command.appealDeadline(), command.rejectedAt(),
                onBehalfOf(command.staffId(), handler)));
        closeIfFinal(last, command.rejectedAt());
    }

    /**
     * The customer accepting an answer whose appeal window already closed it asks for what is already
     * true (the answer stands, the complaint is closed), so it is accepted silently like a repeat.
     */
    @CommandHandler
    public void handle(AcceptAnswer command) {
        if (closure == ClosureReason.ACCEPTED_BY_CUSTOMER || closure == ClosureReason.APPEAL_WINDOW_PASSED) {
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
        if (closure == ClosureReason.APPEAL_WINDOW_PASSED) {
            // Closed on escalation's clock: the deadline may still lie ahead by ours, so quoting it would
            // tell the customer they are refused before it.
            throw refused("the appeal window has closed");
        }
        if (status != ComplaintStatus.ANSWERED && status != ComplaintStatus.REJECTED) {
            throw refused("there is no answer to appeal");
        }
        if (command.declaredAt().isAfter(appealDeadline)) {
            throw refused("the appeal window closed at " + appealDeadline);
        }
        apply(new Escalated(complaintId, level, level + 1, EscalationReason.CUSTOMER_NOT_SATISFIED,
                answeredBy, command.comment(), command.declaredAt(), inChain(answeredBy), null));
    }

    /**
     * The one in the chain whose place {@code staffId} answers in: themselves when they are in it, else
     * the nearest one they stand in for, so that a stand-in for both the assignee and the top does not
     * close the complaint for good. Who may act is checked first, so staff outside the chain learn
     * nothing of where it stands.
     */
    private Employee requireAwaitingAnswerFrom(String staffId, List<String> answersFor) {
        Employee handler = inChain(staffId);
        if (handler == null) {
            handler = chain().filter(member -> answersFor.contains(member.id())).findFirst().orElse(null);
        }
        if (handler == null) {
            throw new ComplaintActionForbidden(complaintId, staffId);
        }
        if (status != ComplaintStatus.ASSIGNED) {
            throw refused("it is not waiting for an answer");
        }
        return handler;
    }

    /** The assignee, then their managers nearest first. */
    private Stream<Employee> chain() {
        return assignee == null ? Stream.empty() : Stream.concat(Stream.of(assignee), managers.stream());
    }

    private static String onBehalfOf(String staffId, Employee handler) {
        return handler.id().equals(staffId) ? null : handler.id();
    }

    /** The assignee or the one of their managers with this id; {@code null} for anyone else. */
    private Employee inChain(String staffId) {
        if (assignee != null && assignee.id().equals(staffId)) {
            return assignee;
        }
        return managers.stream().filter(manager -> manager.id().equals(staffId)).findFirst().orElse(null);
    }

    /** The assignee's managers run up to the CEO, so the one with nobody above is the last of them. */
    private boolean nobodyAbove(String staffId) {
        Employee top = managers.isEmpty() ? assignee : managers.get(managers.size() - 1);
        return top.id().equals(staffId);
    }

    private void closeIfFinal(boolean last, Instant at) {
        if (last) {
            apply(new Closed(complaintId, ClosureReason.FINAL_ANSWER, at));
        }
    }

    /**
     * Whether the complaint left the level a deadline command was decided for: it climbed past it, or
     * was answered, rejected or closed at it. A deadline noticed as missed, or near, just after the
     * answer came is a race, not a breach.
     */
    private boolean movedOnFrom(int commandLevel) {
        return level > commandLevel || (level == commandLevel && (status == ComplaintStatus.ANSWERED
                || status == ComplaintStatus.REJECTED || status == ComplaintStatus.CLOSED));
    }

    /** A deadline command for a level the stream has not reached, or has no deadline at, contradicts it. */
    private void requireDeadlineRunningAt(int commandLevel) {
        if (status != ComplaintStatus.ASSIGNED || level != commandLevel) {
            throw refused("no deadline runs at level " + commandLevel);
        }
    }

    /**
     * Whether the stream already holds this assignment: the complaint has moved past its level, or
     * is still at it with this assignee, answered or not. Routing resends an assignment whenever an
     * event is redelivered or replayed; that must change nothing and alarm no one.
     */
    private boolean alreadyAssigned(AssignResponsible command) {
        boolean assignedAtThisLevel = status != ComplaintStatus.SUBMITTED && status != ComplaintStatus.ESCALATED;
        return command.level() < level
                || (command.level() == level && assignedAtThisLevel && command.assignee().id().equals(assignee.id()));
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
        assignee = event.assignee();
        deadline = event.deadline();
        managers = event.managers();
        warned = false;
        answeredBy = null;
        appealDeadline = null;
    }

    @EventSourcingHandler
    void on(Escalated event) {
        status = ComplaintStatus.ESCALATED;
        level = event.toLevel();
        deadline = null;
    }

    @EventSourcingHandler
    void on(DeadlineApproaching event) {
        warned = true;
    }

    @EventSourcingHandler
    void on(DeadlineMissedAtTop event) {
        missedAtTop = true;
    }

    @EventSourcingHandler
    void on(Answered event) {
        status = ComplaintStatus.ANSWERED;
        answeredBy = event.onBehalfOf() != null ? event.onBehalfOf() : event.answeredBy();
        finalAnswer = event.finalAnswer();
        appealDeadline = event.appealDeadline();
    }

    @EventSourcingHandler
    void on(Rejected event) {
        status = ComplaintStatus.REJECTED;
        answeredBy = event.onBehalfOf() != null ? event.onBehalfOf() : event.rejectedBy();
        finalAnswer = event.finalAnswer();
        appealDeadline = event.appealDeadline();
    }

    @EventSourcingHandler
    void on(Closed event) {
        status = ComplaintStatus.CLOSED;
        closure = event.reason();
    }
}
