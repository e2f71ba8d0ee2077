/** Commands from routing and escalation, read from the commands topic. */
package com.complaintbook.intake.adapters.in.kafka;
