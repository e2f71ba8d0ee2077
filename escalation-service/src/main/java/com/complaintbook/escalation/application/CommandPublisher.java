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
     * @param poisoned     the firings whose commands were refused for themselves (they cannot be
     *                     serialised, the broker rejects the record): sending them again changes nothing
     * @param failure      why the rest are not (the broker out of reach), or {@code null} when none is left
     */
    record Published(List<Firing> acknowledged, List<Firing> poisoned, RuntimeException failure) {

        public Published(List<Firing> acknowledged, RuntimeException failure) {
            this(acknowledged, List.of(), failure);
        }
    }
}
