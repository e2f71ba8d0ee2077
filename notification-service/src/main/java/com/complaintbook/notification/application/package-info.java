/**
 * What happens when a batch of events arrives: remember the complaints and why they climbed, plan
 * the notices, deliver each once, with a few round trips for the whole batch. The ports here are where the complaint is remembered
 * ({@link com.complaintbook.notification.application.RememberedComplaints}), where its escalations are
 * remembered ({@link com.complaintbook.notification.application.RememberedEscalations}), how letters are
 * written ({@link com.complaintbook.notification.application.LetterTemplates}), where deliveries are
 * recorded ({@link com.complaintbook.notification.application.DeliveryLog}) and how a message leaves
 * ({@link com.complaintbook.notification.application.MessageChannel}).
 */
package com.complaintbook.notification.application;
