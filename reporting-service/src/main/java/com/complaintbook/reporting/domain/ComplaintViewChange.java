package com.complaintbook.reporting.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one event does to one complaint's view: the fields it sets, the fields it clears and the
 * counters it adds one to. A field appears in at most one of the three.
 *
 * <p>A change is expressed as field operations rather than as a new whole view so that a store can
 * apply it in one conditional write, guarded by {@code sequence}, without reading the view first.
 * The same guard makes a counter safe: an event adds to it once, however often it is delivered.
 *
 * @param complaintId the view to change
 * @param sequence    the event's position in the complaint's stream; a view that has already seen
 *                    it, or a later one, must stay as it is
 * @param changedAt   when the event happened
 * @param values      fields to set, with their new values
 * @param cleared     fields to remove
 * @param incremented counters to add one to; a counter the view does not have yet starts at zero
 */
public record ComplaintViewChange(
        String complaintId,
        long sequence,
        Instant changedAt,
        Map<ViewField, Object> values,
        Set<ViewField> cleared,
        Set<ViewField> incremented) {

    public ComplaintViewChange {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(changedAt, "changedAt");
        values = Collections.unmodifiableMap(values.isEmpty() ? new EnumMap<>(ViewField.class) : new EnumMap<>(values));
        cleared = Collections.unmodifiableSet(copyOf(cleared));
        incremented = Collections.unmodifiableSet(copyOf(incremented));
    }

    /** A change that so far only records that the event happened. */
    public static ComplaintViewChange at(String complaintId, long sequence, Instant changedAt) {
        return new ComplaintViewChange(complaintId, sequence, changedAt, Map.of(), Set.of(), Set.of());
    }

    /** This change, also setting {@code field}; a {@code null} value clears it instead. */
    public ComplaintViewChange set(ViewField field, Object value) {
        if (value == null) {
            return clear(field);
        }
        ComplaintViewChange without = without(field);
        Map<ViewField, Object> newValues = new EnumMap<>(ViewField.class);
        newValues.putAll(without.values);
        newValues.put(field, value);
        return new ComplaintViewChange(complaintId, sequence, changedAt, newValues, without.cleared, without.incremented);
    }

    /** This change, also clearing {@code field}. */
    public ComplaintViewChange clear(ViewField field) {
        ComplaintViewChange without = without(field);
        Set<ViewField> newCleared = copyOf(without.cleared);
        newCleared.add(field);
        return new ComplaintViewChange(complaintId, sequence, changedAt, without.values, newCleared, without.incremented);
    }

    /** This change, also adding one to the counter {@code field}. */
    public ComplaintViewChange increment(ViewField field) {
        ComplaintViewChange without = without(field);
        Set<ViewField> newIncremented = copyOf(without.incremented);
        newIncremented.add(field);
        return new ComplaintViewChange(complaintId, sequence, changedAt, without.values, without.cleared, newIncremented);
    }

    private ComplaintViewChange without(ViewField field) {
        Map<ViewField, Object> newValues = new EnumMap<>(ViewField.class);
        newValues.putAll(values);
        newValues.remove(field);
        Set<ViewField> newCleared = copyOf(cleared);
        newCleared.remove(field);
        Set<ViewField> newIncremented = copyOf(incremented);
        newIncremented.remove(field);
        return new ComplaintViewChange(complaintId, sequence, changedAt, newValues, newCleared, newIncremented);
    }

    private static Set<ViewField> copyOf(Set<ViewField> fields) {
        return fields.isEmpty() ? EnumSet.noneOf(ViewField.class) : EnumSet.copyOf(fields);
    }
}
