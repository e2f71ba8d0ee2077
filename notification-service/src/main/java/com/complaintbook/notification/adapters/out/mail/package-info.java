/**
 * E-mail through SMTP with Spring's {@code JavaMailSender}: plain-text UTF-8 letters with a
 * Message-ID derived from the delivery, so a repeated send of one delivery carries the same id.
 */
package com.complaintbook.notification.adapters.out.mail;
