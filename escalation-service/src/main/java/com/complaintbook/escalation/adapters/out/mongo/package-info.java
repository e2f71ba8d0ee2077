/**
 * MongoDB side of escalation: one document per complaint in the {@code deadlines} collection,
 * changed by events only through conditional upserts guarded by the complaint's last applied
 * sequence, and by the timers only through claims and marks conditional on the claim; one document
 * per complaint and level in {@code breaches}, inserted once.
 */
package com.complaintbook.escalation.adapters.out.mongo;
