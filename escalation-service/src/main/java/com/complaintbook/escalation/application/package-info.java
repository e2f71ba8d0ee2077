/**
 * What escalation does when a lifecycle event arrives: it turns the event into a
 * {@link com.complaintbook.escalation.domain.DeadlineChange} and hands it to the
 * {@link com.complaintbook.escalation.application.DeadlineStore}, which applies it only if it is newer
 * than what the store already has. And what it does when a moment comes: the
 * {@link com.complaintbook.escalation.application.TimerScheduler} claims, sends and marks the due
 * next actions through its ports, free of Spring, Kafka and MongoDB.
 */
package com.complaintbook.escalation.application;
