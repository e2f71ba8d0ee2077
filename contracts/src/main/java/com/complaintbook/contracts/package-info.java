/**
 * The published language of Complaint Book: what travels between services on Kafka.
 *
 * <p>Records here are the wire contract. Every event and command type has a logical name and a
 * schema version ({@code ComplaintSubmitted}, v1); Java class names never appear on the wire. Each
 * type and version has a JSON Schema under {@code contracts/schemas} and a golden sample under
 * {@code contracts/samples} on the classpath. Readers ignore fields they do not know, so a field may
 * be added within a version; removing or changing the meaning of one needs a new version.
 *
 * <p>This module holds types only: no behaviour, no framework.
 */
package com.complaintbook.contracts;
