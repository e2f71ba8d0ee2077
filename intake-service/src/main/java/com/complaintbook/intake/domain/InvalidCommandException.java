package com.complaintbook.intake.domain;

/**
 * A command that is incomplete or contradicts itself, whatever state its complaint is in. Final like
 * {@link ComplaintStepRefused}: the same command is refused again. Its own type, so that only the
 * domain's checks refuse a command; an {@link IllegalArgumentException} from a library underneath is
 * an infrastructure failure and is retried.
 */
public class InvalidCommandException extends IllegalArgumentException {

    public InvalidCommandException(String message) {
        super(message);
    }
}
