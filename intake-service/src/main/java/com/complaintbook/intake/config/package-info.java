/** Wiring every slice shares: the Axon event store on PostgreSQL, the command gateway, Kafka's topics. */
package com.complaintbook.intake.config;
