package com.complaintbook.escalation.application;

import com.complaintbook.escalation.domain.Firing;

import java.util.List;

/**
 * Outbound port: sends the commands of due timers to the Complaint aggregate and waits for the
 * broker to acknowledge them.
 */
public interface CommandPublisher {

    /**
     * Sends every firing's command at once and waits for all of them under one deadline.
     *
     * @return the firings the broker acknowledged, and why the others were not, if any were not
     */
    Published publish(List<Firing> firings);

    /**
     * @param acknowledged the firings whose commands are on the topic
     * @param failure      why the rest are not, or {@code null} when none is left
     */
    record Published(List<Firing> acknowledged, RuntimeException failure) {
    }
}
