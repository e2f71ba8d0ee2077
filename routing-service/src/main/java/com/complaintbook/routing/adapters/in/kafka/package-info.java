/**
 * Reads the events topic, a poll at a time. A tolerant reader: it looks each envelope's (type,
 * version) up in the contracts, skips what it does not know or need, ignores unknown fields, and
 * checks only the fields routing uses. A record it cannot read at all is refused with
 * {@link com.complaintbook.kit.events.UnreadableEventException}, which the error
 * handler sends to the dead-letter topic without retrying while the rest of the batch goes on.
 */
package com.complaintbook.routing.adapters.in.kafka;
