package com.complaintbook.intake.submission.application;

import com.complaintbook.intake.domain.SubmitComplaint;
import com.complaintbook.intake.web.application.Blocking;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import java.util.Optional;

/**
 * Submitting a complaint, at most once per idempotency key, under a short reference of its own.
 *
 * <p>The key's claim, the reference and the complaint's first event are written in one database
 * transaction (Axon's unit of work joins it): a claim without its complaint, or a complaint whose
 * key or reference was never recorded, cannot exist. A retry that finds the claim therefore finds
 * the complaint, and of two attempts racing with one key the second waits for the first to commit
 * and then answers with its complaint.
 */
@Service
public class Submissions {

    private final CommandGateway commands;
    private final SubmissionKeys keys;
    private final ComplaintReferences references;
    private final ReferenceFormat referenceFormat;
    private final TransactionOperations transactions;

    Submissions(CommandGateway commands, SubmissionKeys keys, ComplaintReferences references,
                ReferenceFormat referenceFormat, TransactionOperations transactions) {
        this.commands = commands;
        this.keys = keys;
        this.references = references;
        this.referenceFormat = referenceFormat;
        this.transactions = transactions;
    }

    /** Submits without a key: every call is a new complaint. Blocking. */
    public SubmissionReceipt submit(SubmitComplaint command) {
        return transactions.execute(transaction -> create(command));
    }

    /** Submits under a client's idempotency key. Blocking. */
    public SubmissionReceipt submit(SubmitComplaint command, String scopedKey, String fingerprint) {
        return transactions.execute(transaction -> {
            SubmissionKeys.Claim claim = keys.claim(scopedKey, fingerprint, command.complaintId());
            return claim.fresh() ? create(command) : receiptOf(claim, fingerprint);
        });
    }

    /**
     * The receipt of the submission made earlier under this key, if there was one: a retry gets it
     * whatever has changed since (the store may have left the catalogue), so it is looked up before
     * the submission is validated. Blocking.
     *
     * @throws IdempotencyKeyReused when the key was used for other content
     */
    public Optional<SubmissionReceipt> earlier(String scopedKey, String fingerprint) {
        return keys.find(scopedKey).map(claim -> receiptOf(claim, fingerprint));
    }

    private SubmissionReceipt receiptOf(SubmissionKeys.Claim claim, String fingerprint) {
        if (!claim.fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReused(claim.complaintId());
        }
        return new SubmissionReceipt(claim.complaintId(), references.referenceOf(claim.complaintId())
                .orElseThrow(() -> new IllegalStateException("Complaint " + claim.complaintId()
                        + " has a claim but no reference")));
    }

    private SubmissionReceipt create(SubmitComplaint command) {
        String reference = referenceFormat.format(references.nextNumber(), command.submittedAt());
        references.record(reference, command.complaintId());
        commands.sendAndWait(command.withReference(reference));
        return new SubmissionReceipt(command.complaintId(), reference);
    }

    /** The complaint a staff member or customer names, by its reference or by its id. Blocking. */
    public String complaintIdOf(String referenceOrId) {
        return ReferenceFormat.looksLikeReference(referenceOrId)
                ? references.complaintOf(referenceOrId).orElse(referenceOrId)
                : referenceOrId;
    }
}
