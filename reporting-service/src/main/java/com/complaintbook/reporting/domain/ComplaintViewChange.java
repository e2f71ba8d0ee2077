package com.complaintbook.reporting.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one event does to one complaint's view: the fields it sets and the fields it clears.
 *
 * <p>A change is expressed as field assignments rather than as a new whole view so that a store can
 * apply it in one conditional write, guarded by {@code sequence}, without reading the view first.
 *
 * @param complaintId the view to change
 * @param sequence    the event's position in the complaint's stream; a view that has already seen
 *                    it, or a later one, must stay as it is
 * @param changedAt   when the event happened
 * @param values      fields to set, with their new values
 * @param cleared     fields to remove
 */
public record ComplaintViewChange(
        String complaintId,
        long sequence,
        Instant changedAt,
        Map<ViewField, Object> values,
        Set<ViewField> cleared) {

    public ComplaintViewChange {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(changedAt, "changedAt");
        values = Collections.unmodifiableMap(values.isEmpty() ? new EnumMap<>(ViewField.class) : new EnumMap<>(values));
        cleared = Collections.unmodifiableSet(cleared.isEmpty() ? EnumSet.noneOf(ViewField.class) : EnumSet.copyOf(cleared));
    }

    /** A change that so far only records that the event happened. */
    public static ComplaintViewChange at(String complaintId, long sequence, Instant changedAt) {
        return new ComplaintViewChange(complaintId, sequence, changedAt, Map.of(), Set.of());
    }

    /** This change, also setting {@code field}; a {@code null} value clears it instead. */
    public ComplaintViewChange set(ViewField field, Object value) {
        if (value == null) {
            return clear(field);
        }
        Map<ViewField, Object> newValues = new EnumMap<>(ViewField.class);
        newValues.putAll(values);
        newValues.put(field, value);
        Set<ViewField> newCleared = EnumSet.noneOf(ViewField.class);
        newCleared.addAll(cleared);
        newCleared.remove(field);
        return new ComplaintViewChange(complaintId, sequence, changedAt, newValues, newCleared);
    }

    /** This change, also clearing {@code field}. */
    public ComplaintViewChange clear(ViewField field) {
        Map<ViewField, Object> newValues = new EnumMap<>(ViewField.class);
        newValues.putAll(values);
        newValues.remove(field);
        Set<ViewField> newCleared = EnumSet.noneOf(ViewField.class);
        newCleared.addAll(cleared);
        newCleared.add(field);
        return new ComplaintViewChange(complaintId, sequence, changedAt, newValues, newCleared);
    }
}
