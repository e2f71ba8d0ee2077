/** Wiring: the Axon event store on PostgreSQL, Kafka, typed configuration, health. */
package com.complaintbook.intake.config;
