package com.complaintbook.localsystem.benchmark;

/**
 * An open-loop load and the rate it was paced at.
 *
 * @param rate   requests a second it was scheduled to send
 * @param result what came of them; latencies count from each request's scheduled time
 */
record PacedResult(double rate, LoadResult result) {
}
