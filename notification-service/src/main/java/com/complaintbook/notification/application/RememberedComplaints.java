package com.complaintbook.notification.application;

import com.complaintbook.notification.domain.RememberedComplaint;

import java.util.Collection;
import java.util.Map;

/**
 * Where what later messages need from a complaint's submission is kept, by complaint id. Both
 * operations take a whole batch, so that a batch costs one write and one read however many
 * complaints it names.
 */
public interface RememberedComplaints {

    /**
     * Keeps every complaint, each replacing what was kept for the same id; doing it twice is harmless.
     * When one id appears more than once, the last one is kept.
     */
    void remember(Collection<RememberedComplaint> complaints);

    /** What was kept for each of {@code complaintIds} whose submission was seen, by complaint id. */
    Map<String, RememberedComplaint> recall(Collection<String> complaintIds);
}
