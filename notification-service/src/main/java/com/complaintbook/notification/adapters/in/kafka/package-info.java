/**
 * Reads the complaint events topic: turns each record into a typed event envelope (tolerantly: unknown
 * fields ignored, unknown types skipped) and hands it to the notification use case.
 */
package com.complaintbook.notification.adapters.in.kafka;
