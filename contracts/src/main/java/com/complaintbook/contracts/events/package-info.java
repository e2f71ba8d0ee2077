/**
 * Complaint lifecycle events, as published on {@link com.complaintbook.contracts.Topics#COMPLAINT_EVENTS}
 * inside an {@link com.complaintbook.contracts.events.EventEnvelope}.
 */
package com.complaintbook.contracts.events;
