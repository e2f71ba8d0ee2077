/**
 * Reads the complaint events topic a poll at a time: turns each record into a typed event envelope
 * (tolerantly: unknown fields ignored, unknown types skipped), hands the poll's events to the
 * projections as one batch, and tells the error handler which record, if any, failed.
 */
package com.complaintbook.reporting.adapters.in.kafka;
