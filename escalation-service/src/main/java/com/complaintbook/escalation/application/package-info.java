/**
 * What escalation does when a lifecycle event arrives: it turns the event into a
 * {@link com.complaintbook.escalation.domain.DeadlineChange} and hands it to the
 * {@link com.complaintbook.escalation.application.DeadlineStore}, which applies it only if it is newer
 * than what the store already has.
 */
package com.complaintbook.escalation.application;
