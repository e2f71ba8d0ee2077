/**
 * Re-drive of parked records: a service's dead-letter topics read from their beginning, the records
 * an operator selects (all, one complaint's, or one reason's) published again to the topic they came
 * from, and a durable ledger on Kafka so that no parked record is re-driven twice. Also the gauge of
 * how many parked records wait, and the admin HTTP operation over both. Generic: no domain types;
 * auto-configured for every service with Kafka (the HTTP part where it runs WebFlux).
 */
package com.complaintbook.kit.kafka.redrive;
