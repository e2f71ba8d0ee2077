/**
 * The Complaint aggregate, the commands it accepts and the rules it enforces. Free of Spring,
 * Kafka and the databases; Axon's aggregate annotations are the only framework it knows.
 */
package com.complaintbook.intake.domain;
