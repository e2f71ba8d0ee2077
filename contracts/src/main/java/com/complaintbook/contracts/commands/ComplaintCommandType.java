package com.complaintbook.contracts.commands;

import java.util.Arrays;
import java.util.Optional;

/** Every command type and schema version on the commands topic, with the record that carries it. */
public enum ComplaintCommandType {
    ASSIGN("AssignComplaint", 1, AssignComplaint.class),
    ESCALATE("EscalateComplaint", 1, EscalateComplaint.class),
    WARN("WarnOfDeadline", 1, WarnOfDeadline.class),
    CLOSE("CloseAfterAppealWindow", 1, CloseAfterAppealWindow.class);

    private final String logicalName;
    private final int version;
    private final Class<?> payloadType;

    ComplaintCommandType(String logicalName, int version, Class<?> payloadType) {
        this.logicalName = logicalName;
        this.version = version;
        this.payloadType = payloadType;
    }

    public String logicalName() {
        return logicalName;
    }

    public int version() {
        return version;
    }

    public Class<?> payloadType() {
        return payloadType;
    }

    public static Optional<ComplaintCommandType> of(String logicalName, int version) {
        return Arrays.stream(values())
                .filter(type -> type.logicalName.equals(logicalName) && type.version == version)
                .findFirst();
    }

    public static Optional<ComplaintCommandType> of(Class<?> payloadType) {
        return Arrays.stream(values()).filter(type -> type.payloadType.equals(payloadType)).findFirst();
    }
}
