package com.complaintbook.notification.application;

import com.complaintbook.contracts.Language;

/**
 * A message written out for one recipient.
 *
 * @param subject  one line, never blank
 * @param body     plain text, never blank
 * @param language the language it is actually written in, which is English when the recipient's
 *                 language has no template for its purpose
 */
public record Letter(String subject, String body, Language language) {
}
