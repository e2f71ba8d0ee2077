/** Publishing the event store to the events topic. */
package com.complaintbook.intake.adapters.out.kafka;
