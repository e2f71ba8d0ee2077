/** Wiring: the Axon event store on MongoDB, Kafka, typed configuration, health. */
package com.complaintbook.intake.config;
