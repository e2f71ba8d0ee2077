/**
 * Wiring and typed configuration: the projections, the Kafka consumer's failure handling, the
 * clock. The complaint list's page sizes are the web adapter's own ({@code ComplaintListProperties}).
 */
package com.complaintbook.reporting.config;
