/** Publishing the event store to the events topic. */
package com.complaintbook.intake.publishing.adapters.out.kafka;
