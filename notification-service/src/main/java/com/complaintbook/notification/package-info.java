/**
 * Notification: tells customers, employees and managers what happened to a complaint, in their
 * language, exactly once per event and recipient as far as this service can see.
 *
 * <p>Events come in from the complaint events topic; the {@link com.complaintbook.notification.domain.NoticePlanner}
 * decides who is told what; {@link com.complaintbook.notification.application.Deliveries} writes the
 * letter from a template and sends it through a
 * {@link com.complaintbook.notification.application.MessageChannel}, guarded by a delivery record.
 */
package com.complaintbook.notification;
