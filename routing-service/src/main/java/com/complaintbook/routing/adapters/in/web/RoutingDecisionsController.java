package com.complaintbook.routing.adapters.in.web;

import com.complaintbook.routing.application.RoutedComplaint;
import com.complaintbook.routing.application.RoutedComplaints;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Routing's decisions for one complaint: who took each level, by which rule, under which version. */
@RestController
class RoutingDecisionsController {

    private final RoutedComplaints complaints;

    RoutingDecisionsController(RoutedComplaints complaints) {
        this.complaints = complaints;
    }

    @GetMapping("/api/v1/routing/complaints/{complaintId}")
    Mono<RoutedComplaint> decisions(@PathVariable String complaintId) {
        return Mono.fromCallable(() -> complaints.find(complaintId)
                        .orElseThrow(() -> InvalidRequestException.notFound(
                                "routing has decided nothing for complaint " + complaintId)))
                .subscribeOn(Schedulers.boundedElastic());
    }
}
