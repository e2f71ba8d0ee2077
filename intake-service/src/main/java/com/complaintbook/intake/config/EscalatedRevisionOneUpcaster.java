package com.complaintbook.intake.config;

import com.complaintbook.intake.domain.ComplaintEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

/**
 * Reads an escalation stored before it carried who it climbed from and the deadline missed (revision 1)
 * as revision 2 with both empty. They are not made up from the events before it: the wire says of such
 * an escalation that it did not carry them, and the letters that need them were written long ago.
 */
class EscalatedRevisionOneUpcaster extends SingleEventUpcaster {

    private static final String ESCALATED = ComplaintEvent.Escalated.class.getName();
    private static final SimpleSerializedType REVISION_ONE = new SimpleSerializedType(ESCALATED, "1");
    private static final SimpleSerializedType REVISION_TWO = new SimpleSerializedType(ESCALATED, "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return representation.getType().equals(REVISION_ONE);
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_TWO, JsonNode.class, payload -> {
            ObjectNode upcast = ((ObjectNode) payload).deepCopy();
            upcast.putNull("previousHandler");
            upcast.putNull("missedDeadline");
            return upcast;
        });
    }
}
