package com.complaintbook.routing.domain.organisation;

/**
 * An amount of working time: exactly one of the two is set.
 *
 * @param workingDays whole working days after the day the period starts; it ends when the last of
 *                    them closes
 * @param workingHours hours of working time, counted within working hours only
 */
public record BusinessPeriod(Integer workingDays, Integer workingHours) {
}
