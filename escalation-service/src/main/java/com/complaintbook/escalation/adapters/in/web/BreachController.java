package com.complaintbook.escalation.adapters.in.web;

import com.complaintbook.escalation.application.BreachStore;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Instant;
import java.util.List;

/**
 * The missed deadlines the complaints' streams recorded, for ops and managers. The store is blocking,
 * so each call runs on the bounded-elastic scheduler.
 */
@RestController
@RequestMapping("/api/v1/breaches")
class BreachController {

    static final int MAX_LIMIT = 500;

    private final BreachStore store;

    BreachController(BreachStore store) {
        this.store = store;
    }

    /**
     * Breaches in the order they were recorded; {@code since} (ISO-8601 instant, inclusive) pages on
     * from the last one seen.
     */
    @GetMapping
    Mono<List<BreachView>> breaches(@RequestParam(required = false) Integer level,
                                    @RequestParam(required = false) Boolean top,
                                    @RequestParam(required = false) Instant since,
                                    @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "limit must be between 1 and " + MAX_LIMIT));
        }
        if (level != null && level < 0) {
            return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, "level must not be negative"));
        }
        return Mono.fromCallable(() -> store.find(level, top, since, limit).stream().map(BreachView::of).toList())
                .subscribeOn(Schedulers.boundedElastic());
    }
}
