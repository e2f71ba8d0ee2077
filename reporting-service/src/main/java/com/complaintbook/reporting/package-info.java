/**
 * Reporting: read models of every complaint, projected from the events topic, and a read-only HTTP
 * API over them for staff, managers and analysts.
 *
 * <p>Every read model is a {@link com.complaintbook.reporting.application.Projection}: it is fed each
 * event once or more and must come out the same, so the whole service can be rebuilt by replaying the
 * topic from the start.
 */
package com.complaintbook.reporting;
