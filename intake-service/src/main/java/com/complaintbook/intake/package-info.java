/**
 * Intake: the single writer of every complaint's stream.
 *
 * <p>Requests from terminals, the website, staff and customers, and commands from routing and
 * escalation, all reach the {@link com.complaintbook.intake.domain.Complaint} aggregate, which
 * decides what may happen next. Its events are stored in the Axon event store on PostgreSQL, and a
 * tracking processor publishes them from there to Kafka: the event store is the outbox.
 *
 * <p>Laid out by feature slice around the one {@code domain}: {@code submission}, {@code staff},
 * {@code customer} and {@code publishing}, each with its own layers; {@code web} holds the HTTP
 * plumbing the slices share (security chains, problem details, request budgets) and {@code config}
 * the wiring they share (Axon on PostgreSQL, the command gateway, Kafka's topics). The domain keeps
 * its package: the event store names each stored event by its class.
 */
package com.complaintbook.intake;
