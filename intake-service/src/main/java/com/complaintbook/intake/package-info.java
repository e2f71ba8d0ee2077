/**
 * Intake: the single writer of every complaint's stream.
 *
 * <p>Requests from terminals, the website, staff and customers, and commands from routing and
 * escalation, all reach the {@link com.complaintbook.intake.domain.Complaint} aggregate, which
 * decides what may happen next. Its events are stored in the Axon event store on PostgreSQL, and a
 * tracking processor publishes them from there to Kafka: the event store is the outbox.
 */
package com.complaintbook.intake;
