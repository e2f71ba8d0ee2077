/**
 * What happens when an event arrives: remember the complaint and why it climbed, plan the notices,
 * deliver each once. The ports here are where the complaint is remembered
 * ({@link com.complaintbook.notification.application.RememberedComplaints}), where its escalations are
 * remembered ({@link com.complaintbook.notification.application.RememberedEscalations}), how letters are
 * written ({@link com.complaintbook.notification.application.LetterTemplates}), where deliveries are
 * recorded ({@link com.complaintbook.notification.application.DeliveryLog}) and how a message leaves
 * ({@link com.complaintbook.notification.application.MessageChannel}).
 */
package com.complaintbook.notification.application;
