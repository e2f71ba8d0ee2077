/**
 * Commands from routing and escalation, read from the commands topic: who is responsible for a
 * complaint, and its escalation past a missed deadline. They sit in the staff slice because they
 * decide whose work a complaint is, as the staff's own actions do.
 */
package com.complaintbook.intake.staff.adapters.in.kafka;
