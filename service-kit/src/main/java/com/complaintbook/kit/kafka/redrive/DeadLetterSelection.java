package com.complaintbook.kit.kafka.redrive;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which parked records an operator means: all of them, one complaint's (the record key), those parked
 * for one reason (the type named in the {@code complaintbook-reason} header, e.g.
 * {@code ReferenceTakenException}), or one complaint's parked for one reason.
 *
 * @param complaintId the record key to match, or {@code null} for every complaint
 * @param reason      the refusal's type to match, or {@code null} for every reason
 */
public record DeadLetterSelection(String complaintId, String reason) {

    private static final Pattern REASON = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]{0,199}");
    private static final Pattern COMPLAINT_ID = Pattern.compile("[^\\p{Cntrl}\\s]{1,200}");

    public DeadLetterSelection {
        if (complaintId != null && !COMPLAINT_ID.matcher(complaintId).matches()) {
            throw new InvalidSelectionException("complaintId",
                    "complaintId must be a complaint id: 1 to 200 characters, no spaces or control characters");
        }
        if (reason != null && !REASON.matcher(reason).matches()) {
            throw new InvalidSelectionException("reason",
                    "reason must be the simple name of a refusal's type, such as UnreadableEventException");
        }
    }

    public static DeadLetterSelection all() {
        return new DeadLetterSelection(null, null);
    }

    /** Blank parts of an HTTP request mean "any", as absent ones do. */
    public static DeadLetterSelection of(String complaintId, String reason) {
        return new DeadLetterSelection(blankToNull(complaintId), blankToNull(reason));
    }

    boolean matches(String key, String reasonType) {
        return (complaintId == null || complaintId.equals(key)) && (reason == null || Objects.equals(reason, reasonType));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
