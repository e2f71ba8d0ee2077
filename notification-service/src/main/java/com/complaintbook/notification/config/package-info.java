/** Wiring and typed configuration: notices, templates, the Kafka consumer's failure handling, the clock. */
package com.complaintbook.notification.config;
