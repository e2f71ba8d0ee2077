package com.complaintbook.reporting.application;

import com.complaintbook.reporting.domain.ComplaintView;

import java.util.List;

/**
 * One page of a list of complaint views, with what a client needs to ask for the others.
 *
 * @param items      the views on this page, in the list's order
 * @param paging     which page this is and its size
 * @param totalItems how many views the whole list holds
 */
public record ComplaintViewPage(List<ComplaintView> items, Paging paging, long totalItems) {

    public ComplaintViewPage {
        items = List.copyOf(items);
    }

    /** How many pages of this size the whole list fills; 0 for an empty list. */
    public long totalPages() {
        return (totalItems + paging.size() - 1) / paging.size();
    }
}
