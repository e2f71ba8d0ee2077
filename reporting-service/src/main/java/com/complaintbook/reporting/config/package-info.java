/** Wiring and typed configuration: the projections, the Kafka consumer's failure handling, the clock. */
package com.complaintbook.reporting.config;
