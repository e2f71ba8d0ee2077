package com.complaintbook.intake.web.adapters.in.web;

import com.complaintbook.intake.catalogue.application.CatalogueNotLoaded;
import com.complaintbook.intake.domain.ComplaintActionForbidden;
import com.complaintbook.intake.domain.ComplaintStepRefused;
import com.complaintbook.intake.submission.application.IdempotencyKeyReused;
import com.complaintbook.intake.web.adapters.in.web.Problems.FieldProblem;
import com.complaintbook.kit.web.StoreOutages;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every refusal as RFC 9457 problem details. A caller fixing a submission needs to know every field
 * that is wrong, at once, and never sees a 500 for input it got wrong.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    private static final int CATALOGUE_RETRY_AFTER_SECONDS = 5;

    @Override
    protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(
            WebExchangeBindException ex, HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        List<FieldProblem> problems = ex.getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Invalid " + problems.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", ")));
        problem.setTitle("The request has invalid fields");
        problem.setProperty("errors", problems);
        return Mono.just(ResponseEntity.badRequest().body(problem));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(
            ServerWebInputException ex, HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The body is not readable");
        problem.setTitle("Unreadable request body");
        DatabindException mapping = cause(ex, DatabindException.class);
        if (mapping != null && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null
                            ? reference.getPropertyName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            problem.setProperty("errors", List.of(new FieldProblem(field, "has a value of the wrong type or form")));
        } else if (causedBy(ex, JacksonException.class)) {
            problem.setDetail("The body is not well-formed JSON");
        }
        return Mono.just(ResponseEntity.badRequest().body(problem));
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        return cause(failure, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
        }
        return null;
    }

    @ExceptionHandler(ComplaintStepRefused.class)
    ProblemDetail refused(ComplaintStepRefused refused) {
        return problem(HttpStatus.CONFLICT, "Not possible now", refused.getMessage());
    }

    @ExceptionHandler(ComplaintActionForbidden.class)
    ProblemDetail forbidden(ComplaintActionForbidden forbidden) {
        return problem(HttpStatus.FORBIDDEN, "Not yours to answer", forbidden.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownComplaint(AggregateNotFoundException unknown) {
        return problem(HttpStatus.NOT_FOUND, "No such complaint", "There is no complaint " + unknown.getAggregateIdentifier());
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail changedMeanwhile(ConcurrencyException conflict) {
        return problem(HttpStatus.CONFLICT, "Changed meanwhile",
                "The complaint changed while this request was handled; look at it again and retry");
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ProblemDetail keyReused(IdempotencyKeyReused reused) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key reused", reused.getMessage());
        problem.setProperty("errors", List.of(new FieldProblem("Idempotency-Key", "was first used for different content")));
        return problem;
    }

    /**
     * Nothing can be checked against a catalogue not yet loaded: the request is refused whole, as while
     * the store is away, and readiness keeps the instance out of traffic meanwhile. Loading takes
     * seconds, so the client is asked back in as many.
     */
    @ExceptionHandler(CatalogueNotLoaded.class)
    ResponseEntity<ProblemDetail> catalogueNotLoaded(CatalogueNotLoaded notLoaded) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(CATALOGUE_RETRY_AFTER_SECONDS))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "Temporarily unavailable", notLoaded.getMessage()));
    }

    /**
     * A failure of the event store. When the database cannot be reached (down, failing over, out of
     * connections, or a session cut by a restart) the failure goes on to the kit's
     * {@code StoreOutageExceptionHandler}, which answers 503 with {@code Retry-After} as every service
     * does: nothing was stored (or, where the connection broke during the commit, the Idempotency-Key
     * makes the retry safe). Anything else the store refuses is a fault of ours, reported as such.
     */
    @ExceptionHandler({TransactionException.class, DataAccessException.class, EventStoreException.class,
            JdbcException.class})
    Mono<ResponseEntity<ProblemDetail>> storeFailed(RuntimeException failure) {
        if (StoreOutages.isOutage(failure)) {
            return Mono.error(failure);
        }
        log.error("The event store refused a request", failure);
        return Mono.just(ResponseEntity.internalServerError().body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                "Not stored", "The complaint book could not store this request; nothing was stored.")));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail invalidStep(IllegalArgumentException invalid) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", invalid.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
