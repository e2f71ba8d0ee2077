package com.complaintbook.intake.submission.adapters.in.web;

import com.complaintbook.contracts.catalogue.CatalogueCategory;
import com.complaintbook.contracts.catalogue.CatalogueStore;
import com.complaintbook.intake.catalogue.application.Catalogue;
import com.complaintbook.intake.catalogue.application.CurrentCatalogue;
import com.complaintbook.intake.customer.adapters.in.web.CustomerLinks;
import com.complaintbook.intake.domain.SubmitComplaint;
import com.complaintbook.intake.submission.application.SubmissionReceipt;
import com.complaintbook.intake.submission.application.Submissions;
import com.complaintbook.intake.web.adapters.in.web.DefaultLanguage;
import com.complaintbook.intake.web.adapters.in.web.Problems;
import com.complaintbook.intake.web.adapters.in.web.security.ApiClient;
import com.complaintbook.intake.web.application.Blocking;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/complaints")
@SecurityRequirement(name = "apiKey")
class ComplaintSubmissionController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Submissions submissions;
    private final CustomerLinks links;
    private final DefaultLanguage defaultLanguage;
    private final CurrentCatalogue catalogue;
    private final JsonMapper json;
    private final Clock clock;
    private final MeterRegistry meters;

    ComplaintSubmissionController(Submissions submissions, CustomerLinks links, DefaultLanguage defaultLanguage,
                                  CurrentCatalogue catalogue, JsonMapper json, Clock clock, MeterRegistry meters) {
        this.submissions = submissions;
        this.links = links;
        this.defaultLanguage = defaultLanguage;
        this.catalogue = catalogue;
        this.json = json;
        this.clock = clock;
        this.meters = meters;
    }

    @PostMapping
    @Operation(summary = "Submit a complaint or suggestion",
            description = "Stores the submission as the first event of a new complaint; routing assigns it to the "
                    + "responsible employee shortly after. Retrying with the same Idempotency-Key and body returns the "
                    + "same complaint.")
    @ApiResponse(responseCode = "202", description = "Accepted; the complaint exists and will be routed")
    @ApiResponse(responseCode = "400", description = "A field or the Idempotency-Key is missing or wrong; every such field is named")
    @ApiResponse(responseCode = "401", description = "No API key, or an unknown or revoked one")
    @ApiResponse(responseCode = "403", description = "This key may not submit for that store or channel")
    @ApiResponse(responseCode = "413", description = "The body is larger than a submission can be")
    @ApiResponse(responseCode = "422", description = "Unknown store or category, or the Idempotency-Key was used for other content")
    @ApiResponse(responseCode = "429", description = "Too many requests for this API key; see Retry-After")
    @ApiResponse(responseCode = "503", description = "The catalogue of stores and categories is still being loaded, "
            + "or the store is away; see Retry-After")
    Mono<ResponseEntity<SubmissionAccepted>> submit(
            @AuthenticationPrincipal ApiClient client,
            @Parameter(description = "Required for terminals, optional for the website; up to 128 visible characters")
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @Valid @RequestBody SubmissionRequest request) {
        requireRights(client, idempotencyKey, request);
        if (idempotencyKey == null) {
            return Mono.defer(() -> fresh(client, null, null, request));
        }
        String scopedKey = client.id() + ":" + idempotencyKey;
        String fingerprint = fingerprint(request);
        // A retry is answered with what its first attempt got before anything is validated: the store
        // or category it named may have left the catalogue since, and the complaint exists all the same.
        return Blocking.call(() -> submissions.earlier(scopedKey, fingerprint))
                .flatMap(earlier -> earlier.isPresent()
                        ? Mono.just(accepted(client, request, earlier.get()))
                        : fresh(client, scopedKey, fingerprint, request));
    }

    /** A submission not seen before: validated against the catalogue in force, then stored. */
    private Mono<ResponseEntity<SubmissionAccepted>> fresh(ApiClient client, String scopedKey, String fingerprint,
                                                           SubmissionRequest request) {
        Catalogue known = catalogue.require();
        CatalogueStore store = known.store(request.storeId().strip()).orElse(null);
        CatalogueCategory category = known.category(request.category().strip()).orElse(null);
        requireKnown(known, store, category);
        SubmitComplaint command = new SubmitComplaint(UUID.randomUUID().toString(), null, request.kind(), request.channel(),
                store.id(), category.id(), request.text().strip(),
                request.customer() == null ? null : request.customer().toDomain(),
                request.language() == null ? defaultLanguage.language() : request.language(),
                clock.instant(), store.name(), store.address(), category.name());
        return Blocking.call(() -> scopedKey == null
                        ? submissions.submit(command)
                        : submissions.submit(command, scopedKey, fingerprint))
                .map(receipt -> accepted(client, request, receipt));
    }

    private ResponseEntity<SubmissionAccepted> accepted(ApiClient client, SubmissionRequest request,
                                                        SubmissionReceipt receipt) {
        meters.counter("complaintbook.intake.submissions", "client", client.id(),
                "kind", request.kind().name().toLowerCase()).increment();
        String statusUrl = links.url(receipt.complaintId());
        return ResponseEntity.accepted().location(URI.create(statusUrl))
                .body(new SubmissionAccepted(receipt.complaintId(), receipt.reference(), statusUrl));
    }

    private void requireRights(ApiClient client, String idempotencyKey, SubmissionRequest request) {
        if (idempotencyKey == null && client.isTerminal()) {
            throw Problems.invalid(HttpStatus.BAD_REQUEST, "Terminals must send an Idempotency-Key",
                    List.of(new Problems.FieldProblem(IDEMPOTENCY_KEY, "is required for terminals")));
        }
        if (idempotencyKey != null && !idempotencyKey.matches("[\\x21-\\x7e]{1,128}")) {
            throw Problems.invalid(HttpStatus.BAD_REQUEST, "The Idempotency-Key is not usable",
                    List.of(new Problems.FieldProblem(IDEMPOTENCY_KEY, "must be 1 to 128 visible ASCII characters")));
        }
        if (request.channel() != client.channel()) {
            throw Problems.of(HttpStatus.FORBIDDEN, "This API key submits from the " + client.channel().name().toLowerCase()
                    + " channel only");
        }
        if (client.isTerminal() && !request.storeId().strip().equals(client.storeId())) {
            throw Problems.of(HttpStatus.FORBIDDEN, "This terminal submits for store " + client.storeId() + " only");
        }
    }

    /** Checked against one catalogue version, the one whose names the submission then carries. */
    private static void requireKnown(Catalogue known, CatalogueStore store, CatalogueCategory category) {
        List<Problems.FieldProblem> unknown = new ArrayList<>();
        if (store == null) {
            unknown.add(new Problems.FieldProblem("storeId", "is not a store of ours"));
        }
        if (category == null) {
            unknown.add(new Problems.FieldProblem("category", "is not one of "
                    + known.categoriesInOrder().stream().map(CatalogueCategory::id).toList()));
        }
        if (!unknown.isEmpty()) {
            throw Problems.invalid(HttpStatus.UNPROCESSABLE_CONTENT, "The submission names something unknown", unknown);
        }
    }

    private String fingerprint(SubmissionRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
