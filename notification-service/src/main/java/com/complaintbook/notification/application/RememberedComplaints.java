package com.complaintbook.notification.application;

import com.complaintbook.notification.domain.RememberedComplaint;

import java.util.Optional;

/** Where what later messages need from a complaint's submission is kept, by complaint id. */
public interface RememberedComplaints {

    /** Keeps {@code complaint}, replacing what was kept for the same id; doing it twice is harmless. */
    void remember(RememberedComplaint complaint);

    /** What was kept for {@code complaintId}, or empty if its submission was never seen. */
    Optional<RememberedComplaint> recall(String complaintId);
}
