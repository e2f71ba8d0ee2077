package com.complaintbook.reporting.adapters.in.web;

import com.complaintbook.reporting.application.ComplaintViews;
import com.complaintbook.reporting.domain.ComplaintView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/complaints")
@Tag(name = "Complaints", description = "Where each complaint stands")
class ComplaintViewController {

    private final ComplaintViews views;

    ComplaintViewController(ComplaintViews views) {
        this.views = views;
    }

    @GetMapping("/{complaintId}")
    @Operation(summary = "The current view of one complaint: status, level, assignee, deadline")
    @ApiResponse(responseCode = "200", description = "The complaint's view")
    @ApiResponse(responseCode = "404", description = "No such complaint is known to reporting",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    Mono<ComplaintView> complaint(@PathVariable String complaintId) {
        return views.find(complaintId).switchIfEmpty(Mono.error(() -> new ComplaintNotFoundException(complaintId)));
    }
}
