/**
 * A complaint's review deadline, the states it moves through, its next action (warning, breach,
 * appeal close) and the firing of it, and the breaches the stream recorded. Plain Java: no Spring,
 * no Kafka, no MongoDB.
 */
package com.complaintbook.escalation.domain;
