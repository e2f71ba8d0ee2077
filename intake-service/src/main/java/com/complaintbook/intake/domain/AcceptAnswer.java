package com.complaintbook.intake.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The customer is content with the answer or the rejection. */
public record AcceptAnswer(@TargetAggregateIdentifier String complaintId, Instant acceptedAt) {
}
