/**
 * Routing's decisions over one {@link com.complaintbook.routing.domain.OrganisationVersion}: the
 * {@link com.complaintbook.routing.domain.Router} picks a complaint's first assignee by the
 * organisation's responsibility rules and its groups, and the next one up the current chart when it
 * climbs; the {@link com.complaintbook.routing.domain.SlaPolicy} sets review deadlines; the
 * {@link com.complaintbook.routing.domain.Workloads} port tells how busy a group's members are.
 * {@link com.complaintbook.routing.domain.OrganisationValidation} decides whether a version hangs
 * together, naming every problem at once.
 *
 * <p>Plain Java: no Spring, no Kafka, no clock. Time comes in as arguments, so the same input
 * yields the same assignment (group balancing aside, which depends on the workloads). The only
 * outside types allowed are the contracts' value types, which are the product's own vocabulary
 * (complaint or suggestion, channel, language, display names).
 */
package com.complaintbook.routing.domain;
