package com.complaintbook.routing.adapters.in.kafka;

import com.complaintbook.routing.application.OrganisationHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Starts taking events once routing has an organisation to decide them by. Before that the listener
 * does not run, so the events wait on the topic rather than being taken and failed one by one.
 */
public class ComplaintEventsGate {

    private static final Logger log = LoggerFactory.getLogger(ComplaintEventsGate.class);

    private final KafkaListenerEndpointRegistry listeners;
    private final OrganisationHistory organisations;

    public ComplaintEventsGate(KafkaListenerEndpointRegistry listeners, OrganisationHistory organisations) {
        this.listeners = listeners;
        this.organisations = organisations;
    }

    /** Starts the listener if there is an organisation and it is not running yet. */
    public synchronized void openIfOrganised() {
        if (organisations.isEmpty()) {
            return;
        }
        MessageListenerContainer container = listeners.getListenerContainer(ComplaintEventsListener.ID);
        if (container != null && !container.isRunning()) {
            container.start();
            log.atInfo().log("Organisation present: taking complaint events");
        }
    }

    public boolean isOpen() {
        MessageListenerContainer container = listeners.getListenerContainer(ComplaintEventsListener.ID);
        return container != null && container.isRunning();
    }
}
