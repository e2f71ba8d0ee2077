package com.complaintbook.notification.application;

import com.complaintbook.notification.domain.RememberedEscalation;

import java.util.Optional;

/**
 * Where the reason a complaint climbed is kept, by complaint and the level it climbed to, until the
 * assignment at that level is mailed as an escalation letter. It is kept after that too: a
 * redelivered assignment must find it again, or it would be mailed a second time as a plain one.
 */
public interface RememberedEscalations {

    /** Keeps {@code escalation}, replacing what was kept for the same complaint and level; doing it twice is harmless. */
    void remember(RememberedEscalation escalation);

    /** Why {@code complaintId} climbed to {@code level}, or empty if that escalation was never seen. */
    Optional<RememberedEscalation> recall(String complaintId, int level);
}
