/**
 * Reads the events topic. A tolerant reader: it looks each envelope's (type, version) up in the
 * contracts, skips what it does not know or need, ignores unknown fields, and checks only the fields
 * escalation uses. A record it cannot read at all is refused with
 * {@link com.complaintbook.kit.events.UnreadableEventException}, which the error
 * handler sends to the dead-letter topic without retrying. Also hands the partitions the consumer
 * gains and loses to the timer scheduler.
 */
package com.complaintbook.escalation.adapters.in.kafka;
