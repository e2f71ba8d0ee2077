package com.complaintbook.reporting.application;

import com.complaintbook.reporting.domain.DeadlineCounts;
import com.complaintbook.reporting.domain.EventPeriod;
import reactor.core.publisher.Mono;

/** Where the deadline statistics are read for the query API. */
public interface DeadlineStatistics {

    /** The warnings, breaches and closures that happened in {@code period}. */
    Mono<DeadlineCounts> count(EventPeriod period);
}
