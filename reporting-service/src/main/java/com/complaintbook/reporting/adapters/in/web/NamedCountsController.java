package com.complaintbook.reporting.adapters.in.web;

import com.complaintbook.contracts.Language;
import com.complaintbook.reporting.application.ComplaintViews;
import com.complaintbook.reporting.domain.NamedCount;
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
import java.util.List;
import java.util.function.Function;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Counts over all complaints")
class NamedCountsController {

    /**
     * One store or category in a count.
     *
     * @param id    its id
     * @param name  its latest name in the asked language, or its id when no complaint carried a name
     * @param count complaints about it
     */
    record Row(String id, String name, long count) {

        static Row of(NamedCount count, Language language) {
            return new Row(count.id(), count.shownIn(language), count.count());
        }
    }

    private final ComplaintViews views;

    NamedCountsController(ComplaintViews views) {
        this.views = views;
    }

    @GetMapping("/store-counts")
    @Operation(summary = "How many complaints each store has, most first, with the store's latest name")
    @ApiResponse(responseCode = "200", description = "Complaints per store")
    @ApiResponse(responseCode = "400", description = "from or to is not an ISO-8601 instant, from is not before to, or lang is not ru, uk or en",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    Mono<List<Row>> storeCounts(
            @Parameter(description = "Count complaints submitted at or after this instant, e.g. 2026-11-01T00:00:00Z")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @Parameter(description = "Count complaints submitted before this instant, e.g. 2026-12-01T00:00:00Z")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @Parameter(description = "The language of the names: ru, uk or en",
                    schema = @Schema(allowableValues = {"ru", "uk", "en"}, defaultValue = "en"))
            @RequestParam(required = false) String lang) {
        return rows(views::countByStore, from, to, lang);
    }

    @GetMapping("/category-counts")
    @Operation(summary = "How many complaints each category has, most first, with the category's latest name")
    @ApiResponse(responseCode = "200", description = "Complaints per category")
    @ApiResponse(responseCode = "400", description = "from or to is not an ISO-8601 instant, from is not before to, or lang is not ru, uk or en",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    Mono<List<Row>> categoryCounts(
            @Parameter(description = "Count complaints submitted at or after this instant, e.g. 2026-11-01T00:00:00Z")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
            @Parameter(description = "Count complaints submitted before this instant, e.g. 2026-12-01T00:00:00Z")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
            @Parameter(description = "The language of the names: ru, uk or en",
                    schema = @Schema(allowableValues = {"ru", "uk", "en"}, defaultValue = "en"))
            @RequestParam(required = false) String lang) {
        return rows(views::countByCategory, from, to, lang);
    }

    private static Mono<List<Row>> rows(Function<SubmittedPeriod, Mono<List<NamedCount>>> counts, Instant from, Instant to,
                                        String lang) {
        Language language = ReportLanguage.read(lang);
        SubmittedPeriod period;
        try {
            period = new SubmittedPeriod(from, to);
        } catch (IllegalArgumentException e) {
            throw new InvalidPeriodException(e.getMessage());
        }
        return counts.apply(period).map(all -> all.stream().map(count -> Row.of(count, language)).toList());
    }
}
