package com.complaintbook.reporting.application;

/**
 * One page of a list: which page, counted from 0, and how many items a page holds.
 *
 * @param page the page, from 0
 * @param size items per page, at least 1
 */
public record Paging(int page, int size) {

    public Paging {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative, was " + page);
        }
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1, was " + size);
        }
        // MongoDB's drivers take the number of items to skip as an int.
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("page " + page + " of size " + size + " starts beyond the last item a list can reach");
        }
    }

    /** How many items come before this page. */
    public int offset() {
        return page * size;
    }
}
