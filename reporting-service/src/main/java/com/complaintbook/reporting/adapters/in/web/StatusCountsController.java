package com.complaintbook.reporting.adapters.in.web;

import com.complaintbook.reporting.application.ComplaintViews;
import com.complaintbook.reporting.domain.ComplaintStatus;
import com.complaintbook.reporting.domain.StatusCounts;
import com.complaintbook.reporting.domain.SubmittedPeriod;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Counts over all complaints")
class StatusCountsController {

    private final ComplaintViews views;

    StatusCountsController(ComplaintViews views) {
        this.views = views;
    }

    @GetMapping("/status-counts")
    @Operation(summary = "How many complaints stand in each status; every status is present, zeros included")
    @ApiResponse(responseCode = "200", description = "Complaints per status")
    @ApiResponse(responseCode = "400", description = "from or to is not an ISO-8601 instant, or from is not before to",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    Mono<Map<ComplaintStatus, Long>> statusCounts(
            @Parameter(description = "Count complaints submitted at or after this instant, e.g. 2026-11-01T00:00:00Z")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @Parameter(description = "Count complaints submitted before this instant, e.g. 2026-12-01T00:00:00Z")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        return views.countByStatus(period(from, to)).map(StatusCounts::counts);
    }

    private static SubmittedPeriod period(Instant from, Instant to) {
        try {
            return new SubmittedPeriod(from, to);
        } catch (IllegalArgumentException e) {
            throw new InvalidPeriodException(e.getMessage());
        }
    }
}
