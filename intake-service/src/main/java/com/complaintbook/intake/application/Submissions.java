package com.complaintbook.intake.application;

import com.complaintbook.intake.domain.SubmitComplaint;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Submitting a complaint, at most once per idempotency key.
 *
 * <p>The key's claim and the complaint's first event are written in one database transaction: a
 * claim without its complaint, or a complaint whose key was never recorded, cannot exist. A retry
 * that finds the claim therefore finds the complaint, and of two attempts racing with one key the
 * second waits for the first to commit and then answers with its complaint.
 */
@Service
public class Submissions {

    private final CommandGateway commands;
    private final SubmissionKeys keys;
    private final TransactionOperations transactions;

    Submissions(CommandGateway commands, SubmissionKeys keys, TransactionOperations transactions) {
        this.commands = commands;
        this.keys = keys;
        this.transactions = transactions;
    }

    /** Submits without a key: every call is a new complaint. Blocking. */
    public String submit(SubmitComplaint command) {
        commands.sendAndWait(command);
        return command.complaintId();
    }

    /** Submits under a client's idempotency key. Blocking. */
    public String submit(SubmitComplaint command, String scopedKey, String fingerprint) {
        return transactions.execute(transaction -> {
            SubmissionKeys.Claim claim = keys.claim(scopedKey, fingerprint, command.complaintId());
            if (!claim.fingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReused(claim.complaintId());
            }
            if (claim.fresh()) {
                // Axon's unit of work joins this transaction, so the event commits with the claim.
                commands.sendAndWait(command);
            }
            return claim.complaintId();
        });
    }
}
