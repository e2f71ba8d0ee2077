package com.complaintbook.notification.application;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a batch's letters, in event order, into dispatches: letters claimed, sent and recorded
 * together. A batch is normally one dispatch. A new one starts
 * <ul>
 *   <li>at a second letter to the same recipient about the same complaint, so it leaves only once the
 *       letter before it has: a customer never reads an answer before a retried acknowledgement;</li>
 *   <li>after a letter the channel refused, so that nothing after it is claimed or sent before its
 *       refusal is settled: the batch stops there, and what follows comes again.</li>
 * </ul>
 */
final class Dispatches {

    private Dispatches() {
    }

    static <M extends PreparedMessage> List<List<WrittenDelivery<M>>> of(List<WrittenDelivery<M>> letters) {
        List<List<WrittenDelivery<M>>> dispatches = new ArrayList<>();
        List<WrittenDelivery<M>> current = new ArrayList<>();
        Set<Conversation> conversations = new HashSet<>();
        for (WrittenDelivery<M> letter : letters) {
            if (!conversations.add(Conversation.of(letter.delivery()))) {
                dispatches.add(current);
                current = new ArrayList<>();
                conversations.clear();
                conversations.add(Conversation.of(letter.delivery()));
            }
            current.add(letter);
            if (letter.isRefused()) {
                dispatches.add(current);
                current = new ArrayList<>();
                conversations.clear();
            }
        }
        if (!current.isEmpty()) {
            dispatches.add(current);
        }
        return dispatches;
    }

    /** Letters to one recipient about one complaint, which must leave in the order of their events. */
    private record Conversation(String complaintId, String recipient) {

        static Conversation of(Delivery delivery) {
            return new Conversation(delivery.complaintId(), delivery.key().recipient());
        }
    }
}
