/**
 * Commands other services send to the Complaint aggregate on
 * {@link com.complaintbook.contracts.Topics#COMPLAINT_COMMANDS}, inside a
 * {@link com.complaintbook.contracts.commands.CommandEnvelope}. Each command names the state it
 * expects (the level it is meant for), so the aggregate can tell a redelivered or stale command from
 * a new one and act at most once.
 */
package com.complaintbook.contracts.commands;
