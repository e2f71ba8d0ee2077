package com.complaintbook.kit.kafka.redrive;

/** An operator's selection of parked records that names no complaint id or reason it could match. */
public class InvalidSelectionException extends RuntimeException {

    private final String field;

    public InvalidSelectionException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
