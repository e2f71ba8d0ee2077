/**
 * Wiring and typed configuration: the projections, the Kafka consumer's failure handling, the
 * complaint list's page sizes, the clock.
 */
package com.complaintbook.reporting.config;
