package com.complaintbook.intake.adapters.in.web;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to an accepted submission: the complaint exists and will be routed.
 *
 * @param complaintId the complaint's number, to quote in any question about it
 * @param statusUrl   the customer's own signed status page: a terminal prints it, the website links it
 */
@Schema(name = "SubmissionAccepted")
record SubmissionAccepted(String complaintId, String statusUrl) {
}
