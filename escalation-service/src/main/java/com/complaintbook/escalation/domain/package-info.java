/**
 * A complaint's review deadline and the states it moves through. Plain Java: no Spring, no Kafka,
 * no MongoDB.
 */
package com.complaintbook.escalation.domain;
