/**
 * Wiring: builds the domain from the typed {@code complaintbook.routing.*} configuration, checks
 * it at startup, and sets up Kafka (dead-letter handling, topics).
 */
package com.complaintbook.routing.config;
