package com.complaintbook.kit.kafka;

import java.util.List;

/**
 * The exceptions by which a service's domain refuses a record: retrying cannot change the answer,
 * so the kit's failure policy sends such a record to the dead-letter topic at once, as it does a
 * record that cannot be read. A service declares its refusals as a bean; the domain's exception
 * types need not know the kit.
 *
 * @param exceptions the refusal types; a failure is a refusal when it, or any of its causes, is one
 */
public record RecordRefusals(List<Class<? extends Exception>> exceptions) {

    public RecordRefusals {
        exceptions = List.copyOf(exceptions);
    }

    @SafeVarargs
    public static RecordRefusals of(Class<? extends Exception>... exceptions) {
        return new RecordRefusals(List.of(exceptions));
    }

    /** No refusals of the domain's own: only unreadable records are refused. */
    public static RecordRefusals none() {
        return new RecordRefusals(List.of());
    }
}
