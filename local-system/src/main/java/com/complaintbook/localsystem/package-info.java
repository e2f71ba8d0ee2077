/**
 * The whole Complaint Book on one machine, without Docker: real PostgreSQL, real Kafka, an embedded
 * MongoDB wire-protocol server, a real SMTP server with an HTTP inbox, and the five services as
 * separate processes, started in dependency order and stopped in reverse. The local run, the
 * end-to-end test and the benchmark start the system through the same
 * {@link com.complaintbook.localsystem.LocalSystem}.
 */
package com.complaintbook.localsystem;
