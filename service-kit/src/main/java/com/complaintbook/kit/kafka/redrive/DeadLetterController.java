package com.complaintbook.kit.kafka.redrive;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;

/**
 * The admin operation over the service's dead-letter topics: what waits there, by reason, and the
 * re-drive of all of it, one complaint's or one reason's. Under {@code /api/v1/admin/}, which the
 * service's security gives to the {@code admin} role. The broker is read with blocking clients, so
 * the work runs on the bounded elastic scheduler, never on an event loop.
 */
@RestController
@RequestMapping(DeadLetterController.PATH)
public class DeadLetterController {

    public static final String PATH = "/api/v1/admin/dead-letters";

    private final DeadLetterRedrive deadLetters;

    public DeadLetterController(DeadLetterRedrive deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<DeadLetterSummary> summary() {
        return Mono.fromCallable(deadLetters::summary).subscribeOn(Schedulers.boundedElastic());
    }

    @PostMapping(path = "/redrive", produces = MediaType.APPLICATION_JSON_VALUE)
    public Mono<RedriveReport> redrive(@RequestBody(required = false) RedriveRequest request) {
        RedriveRequest asked = request == null ? new RedriveRequest(null, null, false) : request;
        return Mono.fromCallable(() -> DeadLetterSelection.of(asked.complaintId(), asked.reason()))
                .publishOn(Schedulers.boundedElastic())
                .map(selection -> deadLetters.redrive(selection, Boolean.TRUE.equals(asked.dryRun())));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidSelection(InvalidSelectionException invalid) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid re-drive selection", invalid.getMessage());
        problem.setProperty("field", invalid.field());
        return response(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unreadableRequest(ServerWebInputException unreadable) {
        return response(problem(HttpStatus.BAD_REQUEST, "Unreadable request",
                "The body must be a JSON object with optional complaintId, reason (strings) and dryRun (boolean)"));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> alreadyRunning(RedriveInProgressException running) {
        return response(problem(HttpStatus.CONFLICT, "Re-drive in progress", running.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> brokerAway(DeadLettersUnavailableException unavailable) {
        return response(problem(HttpStatus.SERVICE_UNAVAILABLE, "Dead-letter topics unavailable",
                unavailable.getMessage() + "; a re-drive is idempotent, so trying again is safe"));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(PATH));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> response(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
