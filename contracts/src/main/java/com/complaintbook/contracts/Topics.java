package com.complaintbook.contracts;

/**
 * Kafka topic names. Every record on the events and commands topics is keyed by complaint id, so
 * that each consumer sees one complaint's messages in the order they were written.
 */
public final class Topics {

    /** Every lifecycle event of every complaint, published from intake's event store. */
    public static final String COMPLAINT_EVENTS = "complaint-book.complaint-events";

    /** Commands other services send to the Complaint aggregate in intake. */
    public static final String COMPLAINT_COMMANDS = "complaint-book.complaint-commands";

    /**
     * The organisation's catalogue (stores, regions, categories, staff), published by routing:
     * compacted, one partition, keyed by entry (see {@link com.complaintbook.contracts.catalogue}).
     */
    public static final String CATALOGUE = "complaint-book.catalogue";

    /** Suffix of a consumer's dead-letter topic: {@code <topic>.<consumer group>.dlt}. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }

    /** The dead-letter topic where one consumer group parks what it could not process from a topic. */
    public static String deadLetterTopic(String topic, String consumerGroup) {
        return topic + "." + consumerGroup + DEAD_LETTER_SUFFIX;
    }
}
