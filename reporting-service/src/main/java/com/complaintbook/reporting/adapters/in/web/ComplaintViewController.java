package com.complaintbook.reporting.adapters.in.web;

import com.complaintbook.reporting.application.ComplaintViews;
import com.complaintbook.reporting.domain.ComplaintStatus;
import com.complaintbook.reporting.domain.ComplaintView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.List;

@RestController
@RequestMapping("/api/v1/complaints")
@Tag(name = "Complaints", description = "Where each complaint stands")
class ComplaintViewController {

    /** What spreadsheet programs need to read the export's Cyrillic names as UTF-8. */
    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final ComplaintViews views;
    private final ComplaintListProperties listLimits;

    ComplaintViewController(ComplaintViews views, ComplaintListProperties listLimits) {
        this.views = views;
        this.listLimits = listLimits;
    }

    @GetMapping("/export")
    @Operation(summary = "Every complaint the filters let through, newest submission first, as CSV: stores and categories by id and by name")
    @ApiResponse(responseCode = "200", description = "The complaints as CSV (UTF-8 with a byte order mark, CRLF line ends, a header line)")
    @ApiResponse(responseCode = "400", description = "A parameter the export cannot use; the problem's `parameter` names it",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Flux<String>> export(
            @Parameter(description = "Only complaints in one of these statuses; repeat it or separate with commas",
                    array = @ArraySchema(schema = @Schema(implementation = ComplaintStatus.class)))
            @RequestParam(required = false) List<String> status,
            @Parameter(description = "Only complaints whose current, or last, assignee is this employee id")
            @RequestParam(required = false) String assigneeId,
            @Parameter(description = "Only complaints about this store")
            @RequestParam(required = false) String storeId,
            @Parameter(description = "Only complaints in this category")
            @RequestParam(required = false) String category,
            @Parameter(description = "Only the complaint with this reference; letter case does not matter")
            @RequestParam(required = false) String reference,
            @Parameter(description = "The language of store and category names: ru, uk or en",
                    schema = @Schema(allowableValues = {"ru", "uk", "en"}, defaultValue = "en"))
            @RequestParam(required = false) String lang) {
        ComplaintListParameters parameters = new ComplaintListParameters(status, assigneeId, storeId, category, reference,
                null, null);
        ComplaintCsv csv = new ComplaintCsv(ReportLanguage.read(lang));
        Flux<String> lines = Flux.concat(Flux.just(BYTE_ORDER_MARK + csv.header()),
                views.all(parameters.filter()).map(csv::line));
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("complaints.csv").build().toString())
                .body(lines);
    }

    @GetMapping("/{complaintId}")
    @Operation(summary = "The current view of one complaint: status, level, assignee, deadline, latest answer, escalations, closure")
    @ApiResponse(responseCode = "200", description = "The complaint's view")
    @ApiResponse(responseCode = "404", description = "No such complaint is known to reporting",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    Mono<ComplaintView> complaint(@PathVariable String complaintId) {
        return views.find(complaintId).switchIfEmpty(Mono.error(() -> ComplaintNotFoundException.withId(complaintId)));
    }

    @GetMapping("/by-reference/{reference}")
    @Operation(summary = "The current view of the complaint people know by this reference, e.g. KB-26-004213")
    @ApiResponse(responseCode = "200", description = "The complaint's view")
    @ApiResponse(responseCode = "404", description = "No complaint known to reporting has this reference",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    Mono<ComplaintView> complaintByReference(
            @Parameter(description = "The complaint's reference; letter case and surrounding blanks do not matter")
            @PathVariable String reference) {
        String quoted = QuotedReference.read(reference);
        if (quoted == null) {
            return Mono.error(() -> ComplaintNotFoundException.withReference(reference));
        }
        return views.findByReference(quoted)
                .switchIfEmpty(Mono.error(() -> ComplaintNotFoundException.withReference(quoted)));
    }

    @GetMapping
    @Operation(summary = "A page of complaints, newest submission first, filtered by status, assignee, store, category and reference")
    @ApiResponse(responseCode = "200", description = "The complaints on the page, with the page, its size and the totals")
    @ApiResponse(responseCode = "400", description = "A parameter the list cannot use; the problem's `parameter` names it",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    Mono<ComplaintListResponse> list(
            @Parameter(description = "Only complaints in one of these statuses; repeat it or separate with commas",
                    array = @ArraySchema(schema = @Schema(implementation = ComplaintStatus.class)))
            @RequestParam(required = false) List<String> status,
            @Parameter(description = "Only complaints whose current, or last, assignee is this employee id")
            @RequestParam(required = false) String assigneeId,
            @Parameter(description = "Only complaints about this store")
            @RequestParam(required = false) String storeId,
            @Parameter(description = "Only complaints in this category")
            @RequestParam(required = false) String category,
            @Parameter(description = "Only the complaint with this reference, e.g. KB-26-004213; letter case does not matter")
            @RequestParam(required = false) String reference,
            @Parameter(description = "The page, from 0", schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
            @RequestParam(required = false) String page,
            @Parameter(description = "Complaints per page, up to complaintbook.reporting.complaint-list.max-page-size (100 unless configured)",
                    schema = @Schema(type = "integer", minimum = "1", defaultValue = "20"))
            @RequestParam(required = false) String size) {
        ComplaintListParameters parameters = new ComplaintListParameters(status, assigneeId, storeId, category, reference,
                page, size);
        return views.list(parameters.filter(), parameters.paging(listLimits)).map(ComplaintListResponse::of);
    }
}
