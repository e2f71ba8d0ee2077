package com.complaintbook.routing.domain.organisation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A business calendar as written: working hours per weekday and the holidays. Review periods count
 * only working time of the complaint's store, in the store's time zone.
 *
 * @param id       stable id
 * @param hours    working hours per weekday as {@code HH:mm-HH:mm}; a day not listed is a day off
 * @param holidays days off whatever the weekday
 */
public record CalendarSpec(String id, Map<DayOfWeek, String> hours, List<LocalDate> holidays) {

    public CalendarSpec {
        hours = hours == null ? Map.of() : Map.copyOf(hours);
        holidays = Organisation.listOf(holidays);
    }
}
