package com.complaintbook.escalation.adapters.in.web;

import com.complaintbook.escalation.application.DeadlineStore;
import com.complaintbook.escalation.domain.DeadlineState;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Instant;
import java.util.List;

/**
 * Read-only view of recorded deadlines for ops. The store is blocking, so each call runs on the
 * bounded-elastic scheduler, never on an event-loop thread.
 */
@RestController
@RequestMapping("/api/v1/deadlines")
class DeadlineController {

    static final int MAX_LIMIT = 500;

    private final DeadlineStore store;

    DeadlineController(DeadlineStore store) {
        this.store = store;
    }

    /** The complaint's deadline, or 404 when no event has given it one. */
    @GetMapping("/{complaintId}")
    Mono<DeadlineView> deadline(@PathVariable String complaintId) {
        return Mono.fromCallable(() -> store.find(complaintId).map(DeadlineView::of).orElse(null))
                .subscribeOn(Schedulers.boundedElastic())
                .switchIfEmpty(Mono.error(() -> new DeadlineNotFoundException(complaintId)));
    }

    /**
     * Deadlines in a state, earliest first; with {@code dueBefore} (ISO-8601 instant) only those ending
     * before it, e.g. {@code ?state=OPEN&dueBefore=2026-11-25T00:00:00Z} for the overdue ones.
     */
    @GetMapping
    Mono<List<DeadlineView>> deadlines(@RequestParam(defaultValue = "OPEN") DeadlineState state,
                                       @RequestParam(required = false) Instant dueBefore,
                                       @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "limit must be between 1 and " + MAX_LIMIT));
        }
        return Mono.fromCallable(() -> store.find(state, dueBefore, limit).stream().map(DeadlineView::of).toList())
                .subscribeOn(Schedulers.boundedElastic());
    }
}
