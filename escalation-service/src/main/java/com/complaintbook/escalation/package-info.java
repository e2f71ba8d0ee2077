/**
 * Escalation decides WHEN a complaint must climb: it keeps each complaint's open review deadline,
 * read from the events topic. Today it records deadlines and shows them to ops; noticing a missed
 * one and sending {@code EscalateComplaint} comes next.
 */
package com.complaintbook.escalation;
