package com.complaintbook.intake.staff.adapters.in.web;

import com.complaintbook.intake.catalogue.application.CurrentCatalogue;
import com.complaintbook.intake.domain.AnswerComplaint;
import com.complaintbook.intake.domain.RejectComplaint;
import com.complaintbook.intake.submission.application.Submissions;
import com.complaintbook.intake.web.application.Blocking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The responsible employee, or a manager above them, or someone acting in the place of one of them
 * (as the catalogue's {@code answersFor} says now), answers or rejects. Identity from the staff JWT.
 * The complaint is named by its id or by the reference people quote ({@code KB-26-004213}).
 */
@RestController
@RequestMapping("/api/v1/complaints/{complaintId}")
@SecurityRequirement(name = "staff")
class StaffActionsController {

    private final CommandGateway commands;
    private final Submissions submissions;
    private final AppealProperties appeal;
    private final CurrentCatalogue catalogue;
    private final Clock clock;

    StaffActionsController(CommandGateway commands, Submissions submissions, AppealProperties appeal,
                           CurrentCatalogue catalogue, Clock clock) {
        this.commands = commands;
        this.submissions = submissions;
        this.appeal = appeal;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    @PostMapping("/answer")
    @Operation(summary = "Answer a complaint or suggestion you are responsible for")
    @ApiResponse(responseCode = "204", description = "Answered; the customer will be told")
    @ApiResponse(responseCode = "403", description = "You are neither the assignee nor above them, nor acting for one of them")
    @ApiResponse(responseCode = "409", description = "The complaint is not waiting for an answer")
    Mono<ResponseEntity<Void>> answer(@PathVariable String complaintId, @AuthenticationPrincipal Jwt staff,
                                      @Valid @RequestBody AnswerRequest request) {
        Instant now = clock.instant();
        return Blocking.call(() -> commands.sendAndWait(new AnswerComplaint(submissions.complaintIdOf(complaintId),
                        staff.getSubject(), request.text().strip(), request.outcome(), now, now.plus(appeal.window()),
                        answersFor(staff))))
                .then(Mono.just(ResponseEntity.noContent().build()));
    }

    @PostMapping("/rejection")
    @Operation(summary = "Reject a complaint you are responsible for, with a reason")
    @ApiResponse(responseCode = "204", description = "Rejected; the customer will be told")
    @ApiResponse(responseCode = "403", description = "You are neither the assignee nor above them, nor acting for one of them")
    @ApiResponse(responseCode = "409", description = "The complaint is not waiting for an answer")
    Mono<ResponseEntity<Void>> reject(@PathVariable String complaintId, @AuthenticationPrincipal Jwt staff,
                                      @Valid @RequestBody RejectionRequest request) {
        Instant now = clock.instant();
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        return Blocking.call(() -> commands.sendAndWait(new RejectComplaint(submissions.complaintIdOf(complaintId),
                        staff.getSubject(), request.reason(), comment, now, now.plus(appeal.window()),
                        answersFor(staff))))
                .then(Mono.just(ResponseEntity.noContent().build()));
    }

    /**
     * Whom the caller stands in for now. Before the catalogue is loaded, nobody: the assignee and their
     * managers can still answer, as they need no catalogue to be recognised.
     */
    private List<String> answersFor(Jwt staff) {
        return catalogue.loaded().map(known -> known.answersFor(staff.getSubject())).orElse(List.of());
    }
}
