package com.complaintbook.reporting.application;

import com.complaintbook.reporting.domain.ComplaintFilter;
import com.complaintbook.reporting.domain.ComplaintView;
import com.complaintbook.reporting.domain.StatusCounts;
import com.complaintbook.reporting.domain.SubmittedPeriod;
import reactor.core.publisher.Mono;

/** Where complaint views are read for the query API. */
public interface ComplaintViews {

    /** The view of one complaint, or empty when no event of it has been projected. */
    Mono<ComplaintView> find(String complaintId);

    /**
     * The view of the complaint people know by {@code reference} (e.g. {@code KB-26-004213}), or
     * empty when no projected complaint has it.
     */
    Mono<ComplaintView> findByReference(String reference);

    /**
     * One page of the complaints {@code filter} lets through, newest submission first; complaints
     * submitted at the same instant come in complaint id order, so pages neither repeat nor skip a
     * complaint while the views stand still.
     */
    Mono<ComplaintViewPage> list(ComplaintFilter filter, Paging paging);

    /** How many complaints submitted in {@code period} stand in each status now. */
    Mono<StatusCounts> countByStatus(SubmittedPeriod period);
}
