package com.complaintbook.intake.domain;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The customer clicked "the answer did not satisfy me", perhaps saying why. */
public record DeclareNotSatisfied(@TargetAggregateIdentifier String complaintId, String comment, Instant declaredAt) {
}
