package com.complaintbook.intake;

import com.complaintbook.intake.support.IntakeClient;
import com.complaintbook.intake.support.IntakeIntegrationTest;
import com.complaintbook.intake.support.StoredEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import static com.complaintbook.intake.support.Samples.validSubmission;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of random and malformed submissions, bodies and headers alike: intake answers every one
 * with a 2xx or a 4xx, never a 5xx, and stores exactly one complaint per accepted submission and
 * nothing for anything it refused.
 */
@IntakeIntegrationTest
class SubmissionFuzzIT {

    private static final int ATTEMPTS = 3000;
    private static final long SEED = 20261122L;
    private static final Pattern COMPLAINT_ID = Pattern.compile("\"complaintId\":\"([0-9a-f-]{36})\"");
    private static final List<String> FIELDS = List.of("kind", "channel", "storeId", "category", "text", "customer", "language");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json", "application/json",
            "text/plain", "application/xml", "application/x-www-form-urlencoded", "application/json; charset=ISO-8859-1");
    private static final List<String> API_KEYS = List.of(IntakeClient.TERMINAL_KEY, IntakeClient.TERMINAL_KEY,
            IntakeClient.WEBSITE_KEY, IntakeClient.REVOKED_KEY, "-", "a b c", "x".repeat(5000), "%00%0d%0a", "' OR 1=1 --");

    @Autowired WebTestClient web;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    @Test
    void randomAndMalformedSubmissionsNeverFailTheServerAndStoreOnlyWhatWasAccepted() {
        Random random = new Random(SEED);
        long storedBefore = storedSubmissions();
        Set<String> accepted = new HashSet<>();
        List<String> serverErrors = new ArrayList<>();

        for (int i = 0; i < ATTEMPTS; i++) {
            byte[] body = randomBody(random);
            String contentType = pick(random, CONTENT_TYPES);
            String apiKey = pick(random, API_KEYS);
            String idempotencyKey = randomIdempotencyKey(random);
            EntityExchangeResult<byte[]> result = web.post().uri("/api/v1/complaints")
                    .headers(headers -> {
                        headers.set("Content-Type", contentType);
                        headers.set("X-API-Key", apiKey);
                        if (idempotencyKey != null) {
                            headers.set("Idempotency-Key", idempotencyKey);
                        }
                    })
                    .bodyValue(body)
                    .exchange()
                    .expectBody().returnResult();
            int status = result.getStatus().value();
            if (status >= 500) {
                serverErrors.add(status + " for " + new String(body, StandardCharsets.UTF_8));
            } else if (status == 202) {
                var matcher = COMPLAINT_ID.matcher(new String(result.getResponseBody(), StandardCharsets.UTF_8));
                assertThat(matcher.find()).isTrue();
                accepted.add(matcher.group(1));
            }
        }

        assertThat(serverErrors).as("server errors (seed %d)", SEED).isEmpty();
        assertThat(accepted).as("some random submissions are valid, so acceptance is exercised too").isNotEmpty();
        assertThat(storedSubmissions() - storedBefore).isEqualTo(accepted.size());
    }

    private byte[] randomBody(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> randomBytes(random);
            case 1 -> truncated(random, json.writeValueAsBytes(validSubmission()));
            case 2 -> json.writeValueAsBytes(randomValue(random, 3));
            default -> json.writeValueAsBytes(mutated(random));
        };
    }

    private static Map<String, Object> mutated(Random random) {
        Map<String, Object> submission = new HashMap<>(validSubmission());
        int mutations = random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            String field = pick(random, FIELDS);
            switch (random.nextInt(4)) {
                case 0 -> submission.remove(field);
                case 1 -> submission.put(field, randomValue(random, 2));
                case 2 -> submission.put(field, randomText(random));
                default -> submission.put("unexpected-" + random.nextInt(100), randomValue(random, 1));
            }
        }
        return submission;
    }

    private static Object randomValue(Random random, int depth) {
        int choice = depth <= 0 ? random.nextInt(5) : random.nextInt(7);
        return switch (choice) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> random.nextInt() * (random.nextBoolean() ? 1e12 : 1);
            case 3 -> randomText(random);
            case 4 -> pick(random, List.of("complaint", "suggestion", "terminal", "website", "uk", "ru", "en", "kyiv-001", "delivery"));
            case 5 -> {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(randomValue(random, depth - 1));
                }
                yield list;
            }
            default -> {
                Map<String, Object> map = new HashMap<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    map.put(pick(random, List.of("name", "email", "phone", "x", "")), randomValue(random, depth - 1));
                }
                yield map;
            }
        };
    }

    private static String randomText(Random random) {
        int length = switch (random.nextInt(4)) {
            case 0 -> 0;
            case 1 -> random.nextInt(10);
            case 2 -> random.nextInt(300);
            default -> 3990 + random.nextInt(20);
        };
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(switch (random.nextInt(5)) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0x0400 + random.nextInt(0x100);
                case 2 -> 0x1F600 + random.nextInt(0x50);
                default -> 0x20 + random.nextInt(0x5F);
            });
        }
        return text.toString();
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(2000)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] truncated(Random random, byte[] valid) {
        byte[] part = new byte[random.nextInt(valid.length)];
        System.arraycopy(valid, 0, part, 0, part.length);
        return part;
    }

    private static String randomIdempotencyKey(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> null;
            case 1 -> "-";
            case 2 -> "k".repeat(129);
            case 3 -> "key with spaces " + random.nextInt();
            default -> "fuzz-" + random.nextLong();
        };
    }

    private long storedSubmissions() {
        return new StoredEvents(jdbc).ofType("Submitted");
    }

    private static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }
}
