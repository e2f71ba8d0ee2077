package com.complaintbook.escalation.adapters.out.kafka;

import com.complaintbook.contracts.commands.CloseAfterAppealWindow;
import com.complaintbook.contracts.commands.CommandEnvelope;
import com.complaintbook.contracts.commands.ComplaintCommandType;
import com.complaintbook.contracts.commands.EscalateComplaint;
import com.complaintbook.contracts.commands.WarnOfDeadline;
import com.complaintbook.escalation.domain.Firing;

/** Translates a firing into the wire contract. */
final class TimerCommands {

    /** The service named as sender, so intake can trace a refused command back. */
    static final String ISSUED_BY = "escalation-service";

    private TimerCommands() {
    }

    static CommandEnvelope<?> of(Firing firing) {
        return switch (firing.kind()) {
            case WARN -> envelope(firing, ComplaintCommandType.WARN,
                    new WarnOfDeadline(firing.complaintId(), firing.level(), firing.deadline()));
            case BREACH -> envelope(firing, ComplaintCommandType.ESCALATE,
                    new EscalateComplaint(firing.complaintId(), firing.level(), firing.deadline()));
            case APPEAL_CLOSE -> envelope(firing, ComplaintCommandType.CLOSE,
                    new CloseAfterAppealWindow(firing.complaintId(), firing.level(), firing.deadline()));
        };
    }

    private static <P> CommandEnvelope<P> envelope(Firing firing, ComplaintCommandType type, P command) {
        return new CommandEnvelope<>(firing.commandId(), firing.complaintId(), type.logicalName(), type.version(),
                firing.issuedAt(), ISSUED_BY, command);
    }
}
