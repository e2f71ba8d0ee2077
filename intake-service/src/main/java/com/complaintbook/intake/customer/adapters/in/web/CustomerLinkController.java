package com.complaintbook.intake.customer.adapters.in.web;

import com.complaintbook.intake.customer.application.CustomerStatus;
import com.complaintbook.intake.customer.application.CustomerStatusQuery;
import com.complaintbook.intake.domain.AcceptAnswer;
import com.complaintbook.intake.domain.DeclareNotSatisfied;
import com.complaintbook.intake.web.application.Blocking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

import java.time.Clock;

/**
 * Behind the signed link: the customer's complaint, and their two buttons. A forged link finds
 * nothing (404), an expired one is refused (401); neither reveals whether a complaint exists.
 */
@RestController
@RequestMapping("/api/v1/customer/complaints/{token}")
class CustomerLinkController {

    private final CustomerLinks links;
    private final CustomerStatusQuery statuses;
    private final CommandGateway commands;
    private final Clock clock;

    CustomerLinkController(CustomerLinks links, CustomerStatusQuery statuses, CommandGateway commands, Clock clock) {
        this.links = links;
        this.statuses = statuses;
        this.commands = commands;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Where my complaint stands: status, level, deadline, the answer, and whether I may still appeal")
    @ApiResponse(responseCode = "401", description = "The link has expired")
    @ApiResponse(responseCode = "404", description = "The link is not valid")
    Mono<CustomerStatus> status(@PathVariable String token) {
        String complaintId = complaintOf(token);
        return Blocking.call(() -> statuses.find(complaintId).orElseThrow(CustomerLinkController::notFound));
    }

    @PostMapping("/acceptance")
    @Operation(summary = "I accept the answer: close my complaint")
    @ApiResponse(responseCode = "409", description = "There is no answer to accept")
    Mono<CustomerStatus> accept(@PathVariable String token) {
        String complaintId = complaintOf(token);
        return Blocking.call(() -> {
            commands.sendAndWait(new AcceptAnswer(complaintId, clock.instant()));
            return statuses.find(complaintId).orElseThrow(CustomerLinkController::notFound);
        });
    }

    @PostMapping("/not-satisfied")
    @Operation(summary = "The answer did not satisfy me: take my complaint one level up")
    @ApiResponse(responseCode = "409", description = "There is no answer to appeal, the appeal window has closed, or the answer was final")
    Mono<CustomerStatus> notSatisfied(@PathVariable String token, @Valid @RequestBody(required = false) NotSatisfiedRequest request) {
        String complaintId = complaintOf(token);
        String comment = request == null || request.comment() == null || request.comment().isBlank()
                ? null : request.comment().strip();
        return Blocking.call(() -> {
            commands.sendAndWait(new DeclareNotSatisfied(complaintId, comment, clock.instant()));
            return statuses.find(complaintId).orElseThrow(CustomerLinkController::notFound);
        });
    }

    private String complaintOf(String token) {
        CustomerLinks.LinkCheck check = links.check(token);
        if (check.expired()) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "This link has expired");
        }
        return check.complaintId().orElseThrow(CustomerLinkController::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "No complaint behind this link");
    }
}
