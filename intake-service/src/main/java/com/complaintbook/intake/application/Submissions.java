package com.complaintbook.intake.application;

import com.complaintbook.intake.domain.SubmitComplaint;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.springframework.stereotype.Service;

/**
 * Submitting a complaint, at most once per idempotency key.
 *
 * <p>The key is claimed before the complaint is created. A retry that finds the claim but no
 * complaint (the first attempt died in between) creates it under the claimed id; two attempts
 * racing to create it collide on the event store's unique index, and the loser takes the winner's
 * complaint as its own. Either way the client ends with one complaint and one {@code
 * ComplaintSubmitted}.
 */
@Service
public class Submissions {

    private final CommandGateway commands;
    private final EventStore events;
    private final SubmissionKeys keys;

    Submissions(CommandGateway commands, EventStore events, SubmissionKeys keys) {
        this.commands = commands;
        this.events = events;
        this.keys = keys;
    }

    /** Submits without a key: every call is a new complaint. Blocking. */
    public String submit(SubmitComplaint command) {
        commands.sendAndWait(command);
        return command.complaintId();
    }

    /** Submits under a client's idempotency key. Blocking. */
    public String submit(SubmitComplaint command, String scopedKey, String fingerprint) {
        SubmissionKeys.Claim claim = keys.claim(scopedKey, fingerprint, command.complaintId());
        if (!claim.fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReused(claim.complaintId());
        }
        if (!claim.fresh() && events.lastSequenceNumberFor(claim.complaintId()).isPresent()) {
            return claim.complaintId();
        }
        try {
            commands.sendAndWait(command.withComplaintId(claim.complaintId()));
        } catch (AggregateStreamCreationException createdMeanwhile) {
            // A concurrent attempt with the same key created it first: that complaint is ours too.
        }
        return claim.complaintId();
    }
}
