package com.complaintbook.reporting.adapters.in.web;

import com.complaintbook.contracts.ClosureReason;
import com.complaintbook.reporting.application.DeadlineStatistics;
import com.complaintbook.reporting.domain.DeadlineCounts;
import com.complaintbook.reporting.domain.EventPeriod;
import com.fasterxml.jackson.annotation.JsonProperty;
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
import java.util.LinkedHashMap;
import java.util.Map;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Counts over all complaints")
class DeadlineCountsController {

    private final DeadlineStatistics statistics;

    DeadlineCountsController(DeadlineStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/deadline-counts")
    @Operation(summary = "Warnings, deadlines missed per level (at the top too) and closures per reason that happened in a period")
    @ApiResponse(responseCode = "200", description = "The counts; every closure reason is present, zeros included")
    @ApiResponse(responseCode = "400", description = "from or to is not an ISO-8601 instant, or from is not before to",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    Mono<DeadlineCountsResponse> deadlineCounts(
            @Parameter(description = "Count what happened at or after this instant, e.g. 2026-11-01T00:00:00Z")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @Parameter(description = "Count what happened before this instant, e.g. 2026-12-01T00:00:00Z")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to) {
        return statistics.count(period(from, to)).map(DeadlineCountsResponse::of);
    }

    private static EventPeriod period(Instant from, Instant to) {
        try {
            return new EventPeriod(from, to);
        } catch (IllegalArgumentException e) {
            throw new InvalidPeriodException(e.getMessage());
        }
    }

    /**
     * @param warnings warnings given
     * @param breaches deadlines missed
     * @param closures complaints closed, per reason as the events name it ({@code appeal-window-passed})
     */
    record DeadlineCountsResponse(PerLevel warnings, Breaches breaches, Map<String, Long> closures) {

        static DeadlineCountsResponse of(DeadlineCounts counts) {
            Map<String, Long> closures = new LinkedHashMap<>();
            counts.closuresByReason().forEach((reason, count) -> closures.put(wireName(reason), count));
            return new DeadlineCountsResponse(
                    new PerLevel(counts.warnings(), byLevel(counts.warningsByLevel())),
                    new Breaches(counts.breaches(), byLevel(counts.breachesByLevel()), counts.breachesAtTop()),
                    closures);
        }

        // JSON object keys are strings; levels are listed in order.
        private static Map<String, Long> byLevel(Map<Integer, Long> counts) {
            Map<String, Long> byLevel = new LinkedHashMap<>();
            counts.forEach((level, count) -> byLevel.put(Integer.toString(level), count));
            return byLevel;
        }

        // The reason as the contracts write it on the wire, so a report and the events agree.
        private static String wireName(ClosureReason reason) {
            try {
                return ClosureReason.class.getField(reason.name()).getAnnotation(JsonProperty.class).value();
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(reason.name(), e);
            }
        }
    }

    /**
     * @param total   all of them
     * @param byLevel per level (as a string key), only levels with any
     */
    record PerLevel(long total, Map<String, Long> byLevel) {
    }

    /**
     * @param total   all of them
     * @param byLevel per level whose deadline passed (as a string key), those at the top included,
     *                only levels with any
     * @param atTop   those at the top of the chain, where nothing climbs further
     */
    record Breaches(long total, Map<String, Long> byLevel, long atTop) {
    }
}
