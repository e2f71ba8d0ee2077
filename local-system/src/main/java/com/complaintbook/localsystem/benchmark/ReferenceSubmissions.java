package com.complaintbook.localsystem.benchmark;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Optional;
import java.util.UUID;

/**
 * The least a submission endpoint must do, as the yardstick for intake: check the API key, parse the
 * JSON, check a few fields, hand the body to Kafka keyed by a new id, and answer 202 once the broker
 * has it. No event store, no security chain, no validation framework: what is left is the cost of
 * HTTP, JSON and a durable Kafka write on this machine.
 */
final class ReferenceSubmissions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Producer<String, byte[]> producer;
    private final String topic;

    ReferenceSubmissions(Producer<String, byte[]> producer, String topic) {
        this.producer = producer;
        this.topic = topic;
    }

    Publisher<Void> submit(HttpServerRequest request, HttpServerResponse response) {
        if (!Catalogue.WEBSITE_API_KEY.equals(request.requestHeaders().get("X-API-Key"))) {
            return response.status(HttpResponseStatus.UNAUTHORIZED).send();
        }
        return request.receive().aggregate().asByteArray()
                .flatMap(body -> {
                    Optional<String> problem = problemWith(body);
                    if (problem.isPresent()) {
                        return response.status(HttpResponseStatus.UNPROCESSABLE_ENTITY).sendString(Mono.just(problem.get())).then();
                    }
                    String complaintId = UUID.randomUUID().toString();
                    return store(complaintId, body).then(response.status(HttpResponseStatus.ACCEPTED)
                            .header(HttpHeaderNames.CONTENT_TYPE, "application/json")
                            .sendString(Mono.just("{\"complaintId\":\"" + complaintId + "\"}"))
                            .then());
                })
                .onErrorResume(failure -> response.status(HttpResponseStatus.SERVICE_UNAVAILABLE)
                        .sendString(Mono.just(String.valueOf(failure))).then());
    }

    static Optional<String> problemWith(byte[] body) {
        JsonNode submission;
        try {
            submission = JSON.readTree(body);
        } catch (JacksonException e) {
            return Optional.of("not JSON");
        }
        if (!Catalogue.STORES.contains(submission.path("storeId").asString(""))) {
            return Optional.of("unknown storeId");
        }
        if (!Catalogue.CATEGORIES.contains(submission.path("category").asString(""))) {
            return Optional.of("unknown category");
        }
        if (submission.path("text").asString("").isBlank()) {
            return Optional.of("text is required");
        }
        return Optional.empty();
    }

    private Mono<Void> store(String complaintId, byte[] body) {
        return Mono.create(sink -> producer.send(new ProducerRecord<>(topic, complaintId, body), (metadata, failure) -> {
            if (failure != null) {
                sink.error(failure);
            } else {
                sink.success();
            }
        }));
    }
}
