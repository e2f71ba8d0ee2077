package com.complaintbook.notification.application;

import com.complaintbook.notification.domain.ComplaintLevel;
import com.complaintbook.notification.domain.RememberedEscalation;

import java.util.Collection;
import java.util.Map;

/**
 * Where the reason a complaint climbed is kept, by complaint and the level it climbed to, until the
 * assignment at that level is mailed as an escalation letter. It is kept after that too: a
 * redelivered assignment must find it again, or it would be mailed a second time as a plain one.
 * Both operations take a whole batch: one write, one read.
 */
public interface RememberedEscalations {

    /**
     * Keeps every escalation, each replacing what was kept for the same complaint and level; doing it
     * twice is harmless. When one complaint and level appear more than once, the last one is kept.
     */
    void remember(Collection<RememberedEscalation> escalations);

    /** Why each complaint of {@code levels} climbed to its level, for those escalations that were seen. */
    Map<ComplaintLevel, RememberedEscalation> recall(Collection<ComplaintLevel> levels);
}
