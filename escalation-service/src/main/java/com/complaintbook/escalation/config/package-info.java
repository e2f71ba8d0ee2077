/**
 * Wiring: the deadline store and use case, the MongoDB health indicator, and Kafka failure handling
 * and topics, from the typed {@code complaintbook.escalation.*} configuration.
 */
package com.complaintbook.escalation.config;
