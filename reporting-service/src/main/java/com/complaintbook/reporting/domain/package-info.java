/**
 * What the complaint view is and how each lifecycle event changes it. Plain Java over the contracts'
 * event records: no Spring, no Kafka, no MongoDB.
 */
package com.complaintbook.reporting.domain;
