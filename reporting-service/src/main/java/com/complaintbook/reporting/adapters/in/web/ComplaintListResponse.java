package com.complaintbook.reporting.adapters.in.web;

import com.complaintbook.reporting.application.ComplaintViewPage;
import com.complaintbook.reporting.domain.ComplaintView;

import java.util.List;

/**
 * One page of the complaint list as the API returns it.
 *
 * @param items      the complaints on this page, newest submission first
 * @param page       this page, from 0
 * @param size       complaints per page
 * @param totalItems complaints in the whole list
 * @param totalPages pages of this size the whole list fills
 */
record ComplaintListResponse(List<ComplaintView> items, int page, int size, long totalItems, long totalPages) {

    static ComplaintListResponse of(ComplaintViewPage page) {
        return new ComplaintListResponse(page.items(), page.paging().page(), page.paging().size(),
                page.totalItems(), page.totalPages());
    }
}
