/**
 * Who is told what about a complaint: purposes, notices, recipients and the keys that make each
 * delivery happen once. Plain Java over the contracts' event records: no Spring, no Kafka, no
 * MongoDB, no mail.
 */
package com.complaintbook.notification.domain;
