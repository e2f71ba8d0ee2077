package com.complaintbook.reporting.adapters.in.web;

import com.complaintbook.reporting.application.Paging;
import com.complaintbook.reporting.domain.ComplaintFilter;
import com.complaintbook.reporting.domain.ComplaintStatus;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The query parameters of the complaint list as they arrive, read into a filter and a page. They
 * are taken as text and read here, so that every refusal names the parameter and says what it
 * accepts. A blank value counts as not given, as an empty field of a search form means "any".
 *
 * @param status     statuses, repeated or comma-separated, in any letter case
 * @param assigneeId an employee id
 * @param storeId    a store id
 * @param category   a category
 * @param reference  a complaint's reference, in any letter case
 * @param page       the page, from 0
 * @param size       complaints per page
 */
record ComplaintListParameters(
        List<String> status, String assigneeId, String storeId, String category, String reference, String page,
        String size) {

    private static final String STATUSES = Arrays.stream(ComplaintStatus.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    ComplaintFilter filter() {
        return new ComplaintFilter(statuses(), given(assigneeId), given(storeId), given(category),
                QuotedReference.read(reference));
    }

    Paging paging(ComplaintListProperties limits) {
        int pageNumber = wholeNumber("page", page, 0, Integer.MAX_VALUE, 0);
        int pageSize = wholeNumber("size", size, 1, limits.maxPageSize(), limits.defaultPageSize());
        try {
            return new Paging(pageNumber, pageSize);
        } catch (IllegalArgumentException beyondReach) {
            throw new InvalidParameterException("page", beyondReach.getMessage());
        }
    }

    private Set<ComplaintStatus> statuses() {
        Set<ComplaintStatus> statuses = EnumSet.noneOf(ComplaintStatus.class);
        if (status == null) {
            return statuses;
        }
        for (String value : status) {
            String name = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            try {
                statuses.add(ComplaintStatus.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidParameterException("status", "status must be one of " + STATUSES + ", was '" + value + "'");
            }
        }
        return statuses;
    }

    private static int wholeNumber(String parameter, String value, int min, int max, int absent) {
        String given = given(value);
        if (given == null) {
            return absent;
        }
        String accepted = max == Integer.MAX_VALUE
                ? parameter + " must be a whole number of at least " + min
                : parameter + " must be a whole number from " + min + " to " + max;
        try {
            int number = Integer.parseInt(given);
            if (number < min || number > max) {
                throw new InvalidParameterException(parameter, accepted + ", was " + number);
            }
            return number;
        } catch (NumberFormatException notANumber) {
            throw new InvalidParameterException(parameter, accepted + ", was '" + value + "'");
        }
    }

    private static String given(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
