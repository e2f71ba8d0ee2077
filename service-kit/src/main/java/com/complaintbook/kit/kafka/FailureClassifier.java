package com.complaintbook.kit.kafka;

import com.complaintbook.kit.events.UnreadableEventException;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.listener.ExceptionClassifier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tells a refused record from an infrastructure failure. Refused: the record cannot be read (the
 * kit's {@link UnreadableEventException}, or what spring-kafka itself cannot deserialize or convert)
 * or the service's domain refuses it ({@link RecordRefusals}). Everything else (MongoDB, SMTP, the
 * broker, a bug) is an infrastructure failure, worth waiting out.
 */
public final class FailureClassifier {

    private static final int REASON_LENGTH = 300;

    private final List<Class<? extends Throwable>> refusals;

    public FailureClassifier(RecordRefusals domainRefusals) {
        List<Class<? extends Throwable>> all = new ArrayList<>(ExceptionClassifier.defaultFatalExceptionsList());
        all.add(UnreadableEventException.class);
        all.addAll(domainRefusals.exceptions());
        this.refusals = List.copyOf(all);
    }

    /** Every type whose presence in a failure's causes makes it a refusal, for the error handler's own classification. */
    public List<Class<? extends Throwable>> refusalTypes() {
        return refusals;
    }

    /** The refusal in the failure's chain of causes, if the record is refused; empty for an infrastructure failure. */
    public Optional<Throwable> refusalIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            for (Class<? extends Throwable> refusal : refusals) {
                if (refusal.isInstance(cause)) {
                    return Optional.of(cause);
                }
            }
        }
        return Optional.empty();
    }

    public boolean isRefused(Throwable failure) {
        return refusalIn(failure).isPresent();
    }

    /**
     * What went wrong underneath the container's and the batch listener's wrapping: the refusal, or
     * the innermost cause of an infrastructure failure.
     */
    public static Throwable underlying(Throwable failure) {
        Throwable reason = failure;
        while (reason instanceof KafkaException && reason.getCause() != null) {
            reason = reason.getCause();
        }
        return reason;
    }

    /** A short reason text for a header: the exception's simple name and its message, cut short. */
    public static String reasonText(Throwable reason) {
        String text = reason.getClass().getSimpleName()
                + (reason.getMessage() == null ? "" : ": " + reason.getMessage());
        return text.length() <= REASON_LENGTH ? text : text.substring(0, REASON_LENGTH - 1) + "…";
    }

    /** The failure's chain of causes by class name only, for logs: messages may quote a customer's data. */
    public static String causeNames(Throwable failure) {
        StringBuilder names = new StringBuilder();
        int depth = 0;
        for (Throwable cause = underlying(failure); cause != null && depth < 4; cause = cause.getCause(), depth++) {
            if (!names.isEmpty()) {
                names.append(" <- ");
            }
            names.append(cause.getClass().getSimpleName());
            if (cause.getCause() == cause) {
                break;
            }
        }
        return names.toString();
    }
}
