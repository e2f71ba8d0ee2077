package com.complaintbook.intake.submission.adapters.in.web;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to an accepted submission: the complaint exists and will be routed.
 *
 * @param complaintId the complaint's id in the API
 * @param reference   the short number the customer and staff quote, e.g. {@code KB-26-004213}: a
 *                    terminal prints it, the website shows it
 * @param statusUrl   the customer's own signed status page: a terminal prints it, the website links it
 */
@Schema(name = "SubmissionAccepted")
record SubmissionAccepted(String complaintId, String reference, String statusUrl) {
}
