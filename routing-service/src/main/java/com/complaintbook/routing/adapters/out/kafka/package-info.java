/**
 * Sends routing's decisions to the Complaint aggregate as {@code AssignComplaint} commands on the
 * commands topic, keyed by complaint id: all the decisions of a batch at once, then waits for the
 * broker to acknowledge them under one deadline and tells which was the first it did not.
 */
package com.complaintbook.routing.adapters.out.kafka;
