package com.complaintbook.reporting.application;

import com.complaintbook.reporting.domain.ComplaintFilter;
import com.complaintbook.reporting.domain.ComplaintView;
import com.complaintbook.reporting.domain.NamedCount;
import com.complaintbook.reporting.domain.StatusCounts;
import com.complaintbook.reporting.domain.SubmittedPeriod;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;

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

    /**
     * Every complaint {@code filter} lets through, in the list's order, as they are read: an export
     * holds no more than one of them in memory at a time.
     */
    Flux<ComplaintView> all(ComplaintFilter filter);

    /** How many complaints submitted in {@code period} stand in each status now. */
    Mono<StatusCounts> countByStatus(SubmittedPeriod period);

    /**
     * How many complaints submitted in {@code period} each store has, most first (ties by id), each
     * with the latest name any complaint about the store carried, whenever it was submitted: a
     * renamed store is counted under its new name, once one complaint has carried it.
     */
    Mono<List<NamedCount>> countByStore(SubmittedPeriod period);

    /** How many complaints submitted in {@code period} each category has, named as {@link #countByStore} names stores. */
    Mono<List<NamedCount>> countByCategory(SubmittedPeriod period);
}
