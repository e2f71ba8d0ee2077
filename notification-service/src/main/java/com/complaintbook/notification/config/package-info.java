/**
 * Wiring and typed configuration: notices and the customer links they carry, templates, the Kafka
 * consumer's failure handling, the clock.
 */
package com.complaintbook.notification.config;
