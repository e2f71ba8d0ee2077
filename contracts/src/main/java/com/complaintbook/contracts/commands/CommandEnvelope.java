package com.complaintbook.contracts.commands;

import java.time.Instant;

/**
 * One command to one complaint, as it travels on the commands topic.
 *
 * @param commandId   unique id, the same when the sender sends the same decision again
 * @param complaintId the complaint it is for; also the record key
 * @param type        logical type name, see {@link ComplaintCommandType}
 * @param version     schema version of the payload
 * @param issuedAt    when the sender decided
 * @param issuedBy    the sending service, for tracing refusals back
 * @param payload     the command itself
 * @param <P>         payload type, or a JSON tree for a reader that has not yet looked at {@code type}
 */
public record CommandEnvelope<P>(
        String commandId,
        String complaintId,
        String type,
        int version,
        Instant issuedAt,
        String issuedBy,
        P payload) {
}
