package com.complaintbook.localsystem.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads the services' own figures over HTTP (metrics, reporting's counts) with a short timeout, so a
 * service too busy to answer costs one missed sample rather than a stalled benchmark.
 */
final class Scraper {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    Optional<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build());
    }

    /** An API that wants a staff token, such as reporting's counts. */
    Optional<String> get(URI uri, String bearerToken) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + bearerToken).build());
    }

    private Optional<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(response.body()) : Optional.empty();
        } catch (IOException unanswered) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    Optional<PrometheusText> metrics(URI service) {
        return get(service.resolve("/actuator/prometheus")).map(PrometheusText::parse);
    }
}
