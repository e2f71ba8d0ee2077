/**
 * Sends the commands of due timers to the Complaint aggregate on the commands topic, keyed by
 * complaint id, all of a batch at once, and waits for the broker's acknowledgements under one
 * deadline.
 */
package com.complaintbook.escalation.adapters.out.kafka;
