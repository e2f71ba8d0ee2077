/**
 * Sends routing's decisions to the Complaint aggregate as {@code AssignComplaint} commands on the
 * commands topic, keyed by complaint id, and waits for the broker's acknowledgement.
 */
package com.complaintbook.routing.adapters.out.kafka;
