/**
 * Reads the complaint events topic a poll at a time: turns each record into a typed event envelope
 * (tolerantly: unknown fields ignored, unknown types skipped) and hands the batch to the notification
 * use case, telling the error handler which record failed when one does.
 */
package com.complaintbook.notification.adapters.in.kafka;
