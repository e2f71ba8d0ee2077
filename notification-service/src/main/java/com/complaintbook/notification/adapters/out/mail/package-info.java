/**
 * E-mail through SMTP with Spring's {@code JavaMailSender}: plain-text UTF-8 letters with a
 * Message-ID derived from the delivery, so a repeated send of one delivery carries the same id; a
 * batch's letters share one connection, or a few when the relay limits how many one may carry.
 */
package com.complaintbook.notification.adapters.out.mail;
