package com.complaintbook.notification.adapters.out.mail;

import org.springframework.mail.MailException;

/**
 * The relay refused the recipient for good (an SMTP 5xx answer to RCPT: no such mailbox, domain
 * unknown). Sending again cannot help, unlike a relay that is away or answers 4xx, so the letter is
 * recorded failed and its record parked instead of holding every letter behind it.
 */
public class RecipientRefusedException extends MailException {

    public RecipientRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
