/**
 * What routing does when a lifecycle event arrives: a submitted complaint gets its first assignee,
 * an escalated one gets the next manager up, and each decision leaves through the
 * {@link com.complaintbook.routing.application.AssignmentPublisher} port.
 *
 * <p>Decisions are pure functions of the event that caused them (its id, its timestamps, its
 * payload), so redelivering the event resends the very same command, which intake recognises.
 */
package com.complaintbook.routing.application;
