package com.complaintbook.intake.adapters.in.web;

import com.complaintbook.intake.config.IntakeProperties;
import com.complaintbook.intake.domain.SubmitComplaint;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/complaints")
class ComplaintSubmissionController {

    private final CommandGateway commands;
    private final IntakeProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;

    ComplaintSubmissionController(CommandGateway commands, IntakeProperties properties, Clock clock,
                                  MeterRegistry meters) {
        this.commands = commands;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    @PostMapping
    @Operation(summary = "Submit a complaint or suggestion",
            description = "Stores the submission as the first event of a new complaint. Routing assigns it "
                    + "to the responsible employee shortly after.")
    @ApiResponse(responseCode = "202", description = "Accepted; the complaint exists and will be routed")
    @ApiResponse(responseCode = "400", description = "A field is missing or wrong; every such field is named")
    @ApiResponse(responseCode = "413", description = "The body is larger than a submission can be")
    Mono<ResponseEntity<SubmissionAccepted>> submit(@Valid @RequestBody SubmissionRequest request) {
        String complaintId = UUID.randomUUID().toString();
        SubmitComplaint command = new SubmitComplaint(complaintId, request.kind(), request.channel(),
                request.storeId().strip(), request.category().strip(), request.text().strip(),
                request.customer() == null ? null : request.customer().toContract(),
                request.language() == null ? properties.defaultLanguage() : request.language(),
                clock.instant());
        // The Axon command bus appends to MongoDB on the calling thread: keep it off the event loop.
        return Mono.fromCallable(() -> commands.sendAndWait(command))
                .subscribeOn(Schedulers.boundedElastic())
                .doOnSuccess(created -> meters.counter("complaintbook.intake.submissions",
                        "kind", request.kind().name().toLowerCase(), "channel",
                        request.channel().name().toLowerCase()).increment())
                .map(created -> {
                    String statusUrl = properties.statusUrl(complaintId);
                    return ResponseEntity.accepted().location(URI.create(statusUrl))
                            .body(new SubmissionAccepted(complaintId, statusUrl));
                });
    }
}
