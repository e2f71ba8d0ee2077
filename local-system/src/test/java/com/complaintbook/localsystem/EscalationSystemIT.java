package com.complaintbook.localsystem;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.complaintbook.localsystem.ComplaintEventsTopic.payloads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole system with review periods of seconds, set the way {@code ./run-local --short-deadlines}
 * sets its minutes: deadlines that pass act. A complaint nobody answers climbs the demo organisation's
 * chart to the CEO with the letters everyone concerned should get; an answered one closes when its appeal window passes; and
 * deadlines that pass while escalation-service lies killed are acted on, once each, when it is back.
 */
class EscalationSystemIT {

    /**
     * As short as lets a test watch each step: a level-0 deadline 20 s after submission (its warning at
     * three quarters of that, escalation's default), 15 s at each level above, and an appeal window of
     * 20 s. Long enough that a test answers or kills a service well before a deadline on a busy machine.
     */
    private static final ReviewPeriods SECONDS = new ReviewPeriods(
            Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofSeconds(15), Duration.ofSeconds(20));
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    /** Four review periods, up to the CEO's, and the letters they cause, with room for a busy machine. */
    private static final Duration CLIMB = Duration.ofSeconds(180);
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /**
     * A consumer killed without leaving its group keeps its partitions until the broker's session
     * timeout (45 s by default) expires, and only then does the restarted one get them.
     */
    private static final Duration AFTER_RESTART = Duration.ofSeconds(120);

    @TempDir
    static Path dataDirectory;

    private static LocalSystem system;
    private static ComplaintEventsTopic events;

    @BeforeAll
    static void startTheSystemWithDeadlinesOfSeconds() throws Exception {
        system = new LocalSystem(SECONDS.applyTo(TestSystems.settings(dataDirectory)));
        system.start();
        events = new ComplaintEventsTopic(system.settings().kafkaBootstrapServers());
    }

    @AfterAll
    static void stopTheSystem() {
        if (events != null) {
            events.close();
        }
        if (system != null) {
            system.close();
        }
    }

    @Test
    void anUnansweredComplaintClimbsTheChainToTheCeoWithItsLettersAndAnAnsweredOneClosesWhenItsAppealWindowPasses()
            throws Exception {
        String customer = "olena." + UUID.randomUUID() + "@example.com";
        JsonNode unanswered = submit("delivery", customer);
        String complaintId = unanswered.get("complaintId").asString();
        String reference = unanswered.get("reference").asString();
        String satisfiedCustomer = "petro." + UUID.randomUUID() + "@example.com";
        JsonNode answered = submit("delivery", satisfiedCustomer);
        String answeredId = answered.get("complaintId").asString();

        await().atMost(PATIENCE).until(() -> payloads(events.of(answeredId), "ComplaintAssigned"), list -> !list.isEmpty());
        HttpResponse<String> answer = post(system.serviceUri("intake-service").resolve("/api/v1/complaints/" + answeredId + "/answer"),
                "{\"text\":\"A new sofa arrives on Friday.\"}", staffToken("ivan.petrenko", "employee"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(204);

        List<JsonNode> stream = await().atMost(CLIMB).until(() -> events.of(complaintId),
                events -> !payloads(events, "ComplaintDeadlineMissedAtTop").isEmpty());
        List<JsonNode> assignments = payloads(stream, "ComplaintAssigned");
        assertThat(assignments).as("the demo's chain: logistics coordinator, head of logistics, operations director, CEO")
                .extracting(assigned -> assigned.get("assignee").get("id").asString(),
                        assigned -> assigned.get("level").asInt())
                .containsExactly(tuple("ivan.petrenko", 0), tuple("oksana.tkachenko", 1), tuple("maria.kovalenko", 2),
                        tuple("taras.bondarenko", 3));
        assertThat(assignments.get(3).get("managers")).as("nobody above the CEO").isEmpty();
        JsonNode atTop = payloads(stream, "ComplaintDeadlineMissedAtTop").get(0);
        assertThat(atTop.get("assignee").get("id").asString()).isEqualTo("taras.bondarenko");
        assertThat(instant(atTop, "deadline")).isEqualTo(instant(assignments.get(3), "deadline"));
        List<JsonNode> escalations = payloads(stream, "ComplaintEscalated");
        assertThat(escalations).extracting(escalated -> escalated.get("reason").asString(),
                        escalated -> escalated.get("fromLevel").asInt(),
                        escalated -> escalated.get("previousHandler").get("id").asString(),
                        escalated -> instant(escalated, "missedDeadline"))
                .startsWith(
                        tuple("deadline-missed", 0, "ivan.petrenko", instant(assignments.get(0), "deadline")),
                        tuple("deadline-missed", 1, "oksana.tkachenko", instant(assignments.get(1), "deadline")));
        for (JsonNode escalated : escalations.subList(0, 2)) {
            Instant missed = instant(escalated, "missedDeadline");
            // escalatedAt is when intake recorded it: the timer, the commands topic, intake's consumer and its
            // event store all lie in between, on a machine running every service at once.
            assertThat(instant(escalated, "escalatedAt")).as("escalated as soon as its deadline had passed, not at a poll")
                    .isBetween(missed, missed.plusSeconds(15));
        }
        assertThat(payloads(stream, "ComplaintDeadlineApproaching"))
                .extracting(warning -> warning.get("level").asInt(),
                        warning -> warning.get("assignee").get("id").asString(),
                        warning -> idOrNobody(warning.get("escalatesTo")),
                        warning -> instant(warning, "deadline"))
                .startsWith(
                        tuple(0, "ivan.petrenko", "oksana.tkachenko", instant(assignments.get(0), "deadline")),
                        tuple(1, "oksana.tkachenko", "maria.kovalenko", instant(assignments.get(1), "deadline")),
                        tuple(2, "maria.kovalenko", "taras.bondarenko", instant(assignments.get(2), "deadline")),
                        tuple(3, "taras.bondarenko", "nobody", instant(assignments.get(3), "deadline")));
        assertThat(stream).extracting(event -> event.get("type").asString()).startsWith(
                "ComplaintSubmitted", "ComplaintAssigned", "ComplaintDeadlineApproaching",
                "ComplaintEscalated", "ComplaintAssigned", "ComplaintDeadlineApproaching",
                "ComplaintEscalated", "ComplaintAssigned");

        String analyst = staffToken("sofiia.bilyk", "analyst");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(getJson(system.serviceUri("escalation-service")
                .resolve("/api/v1/deadlines/" + complaintId), analyst).get("level").asInt()).isGreaterThanOrEqualTo(2));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(elements(getJson(system.serviceUri("escalation-service")
                        .resolve("/api/v1/breaches?limit=500"), analyst)))
                .filteredOn(breach -> breach.get("complaintId").asString().equals(complaintId))
                .extracting(breach -> breach.get("level").asInt(), breach -> breach.get("assigneeId").asString(),
                        breach -> breach.get("top").asBoolean())
                .contains(tuple(0, "ivan.petrenko", false), tuple(1, "oksana.tkachenko", false)));

        // The demo's staff read Ukrainian: their letters are written in it.
        List<Letter> toTheEmployee = awaitLetters("ivan.petrenko@retail.example", reference, 3);
        assertThat(toTheEmployee).as("assigned, warned, and a copy of the escalation").satisfiesOnlyOnce(letter -> {
            assertThat(letter.subject()).startsWith("Нагадування: строк за зверненням № " + reference);
            assertThat(letter.body()).contains("звернення буде передано: Oksana Tkachenko");
        }).satisfiesOnlyOnce(letter -> assertThat(letter.subject())
                .isEqualTo("Копія: звернення № " + reference + " передано, тепер його розглядає Oksana Tkachenko"));
        List<Letter> toTheManager = awaitLetters("oksana.tkachenko@retail.example", reference, 3);
        assertThat(toTheManager).as("the escalation, the warning and the copy").satisfiesOnlyOnce(letter -> {
            assertThat(letter.subject()).startsWith("Вам передано звернення № " + reference);
            assertThat(letter.body()).contains("Ivan Petrenko", "Прострочено на:", "вашому керівникові, Maria Kovalenko");
        }).satisfiesOnlyOnce(letter -> assertThat(letter.subject())
                        .startsWith("Нагадування: строк за зверненням № " + reference))
                .satisfiesOnlyOnce(letter -> assertThat(letter.subject())
                        .isEqualTo("Копія: звернення № " + reference + " передано, тепер його розглядає Maria Kovalenko"));
        assertThat(awaitLetters("maria.kovalenko@retail.example", reference, 1)).satisfiesOnlyOnce(letter -> {
            assertThat(letter.subject()).startsWith("Вам передано звернення № " + reference);
            assertThat(letter.body()).contains("Oksana Tkachenko", "вашому керівникові, Taras Bondarenko");
        });
        assertThat(awaitLetters("taras.bondarenko@retail.example", reference, 1)).satisfiesOnlyOnce(letter -> {
            assertThat(letter.subject()).startsWith("Вам передано звернення № " + reference);
            assertThat(letter.body()).contains("Maria Kovalenko", "Вище за вас передати звернення нікому");
        });
        assertThat(awaitLetters(customer, reference, 3)).as("the acknowledgement and a notice for each level it climbed")
                .filteredOn(letter -> letter.subject().equals(
                        "Your message No. " + reference + " is now with a more senior colleague"))
                .hasSizeGreaterThanOrEqualTo(2);

        List<JsonNode> answeredStream = await().atMost(PATIENCE).until(() -> events.of(answeredId),
                events -> !payloads(events, "ComplaintClosed").isEmpty());
        JsonNode closed = payloads(answeredStream, "ComplaintClosed").get(0);
        assertThat(closed.get("reason").asString()).isEqualTo("appeal-window-passed");
        assertThat(instant(closed, "closedAt")).as("closed once the appeal window had passed")
                .isAfterOrEqualTo(instant(payloads(answeredStream, "ComplaintAnswered").get(0), "appealDeadline"));
        assertThat(payloads(answeredStream, "ComplaintEscalated")).as("the answer beat its deadline").isEmpty();
        String answeredReference = answered.get("reference").asString();
        assertThat(awaitLetters(satisfiedCustomer, answeredReference, 3)).as("the acknowledgement, the answer, and that it is closed")
                .extracting(Letter::subject).contains("Your message No. " + answeredReference + " is closed");
    }

    @Test
    void deadlinesThatPassWhileEscalationIsKilledAreEachEscalatedOnceWhenItIsBack() throws Exception {
        String analyst = staffToken("sofiia.bilyk", "analyst");
        List<String> complaintIds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            complaintIds.add(submit("product-quality", "customer." + UUID.randomUUID() + "@example.com")
                    .get("complaintId").asString());
        }
        Map<String, Instant> deadlines = new LinkedHashMap<>();
        for (String complaintId : complaintIds) {
            JsonNode held = await().atMost(PATIENCE).until(() -> deadlineHeldByEscalation(complaintId, analyst),
                    deadline -> deadline != null && deadline.get("level").asInt() == 0);
            deadlines.put(complaintId, instant(held, "deadline"));
        }
        Instant first = deadlines.values().stream().min(Instant::compareTo).orElseThrow();
        Instant last = deadlines.values().stream().max(Instant::compareTo).orElseThrow();

        long killedPid = system.processes().get("escalation-service").pid();
        // A machine too slow to get this far within the first review period cannot stage the crash.
        assumeThat(Instant.now()).as("escalation is killed before the first deadline passes").isBefore(first);
        system.killService("escalation-service");

        await().atMost(PATIENCE).during(Duration.between(Instant.now(), last.plusSeconds(2)))
                .until(() -> complaintIds.stream().allMatch(id -> payloads(events.of(id), "ComplaintEscalated").isEmpty()));
        system.restartService("escalation-service");
        assertThat(system.processes().get("escalation-service").pid()).isNotEqualTo(killedPid);

        await().atMost(AFTER_RESTART).until(() -> complaintIds.stream()
                .noneMatch(id -> breachesFromLevelZero(id).isEmpty()));
        await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(15)).until(() -> complaintIds.stream()
                .allMatch(id -> breachesFromLevelZero(id).size() == 1));
        for (String complaintId : complaintIds) {
            JsonNode breach = breachesFromLevelZero(complaintId).get(0);
            assertThat(instant(breach, "missedDeadline")).isEqualTo(deadlines.get(complaintId));
            assertThat(breach.get("previousHandler").get("id").asString()).isEqualTo("viktoria.lytvyn");
        }
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(complaintIds).allSatisfy(complaintId ->
                assertThat(deadlineHeldByEscalation(complaintId, analyst).get("level").asInt())
                        .as("the restarted service follows the events again").isGreaterThanOrEqualTo(1)));
    }

    /** A staff member's id; "nobody" where there is none, as above the CEO. */
    private static String idOrNobody(JsonNode staffMember) {
        return staffMember == null || staffMember.isNull() ? "nobody" : staffMember.get("id").asString();
    }

    private static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> elements = new ArrayList<>();
        array.forEach(elements::add);
        return elements;
    }

    private static Instant instant(JsonNode node, String field) {
        return Instant.parse(node.get(field).asString());
    }

    /** The complaint's distinct ComplaintEscalated(deadline-missed) events from level 0. */
    private static List<JsonNode> breachesFromLevelZero(String complaintId) {
        Map<String, JsonNode> byEventId = new LinkedHashMap<>();
        for (JsonNode event : events.of(complaintId)) {
            JsonNode payload = event.get("payload");
            if (event.get("type").asString().equals("ComplaintEscalated")
                    && payload.get("reason").asString().equals("deadline-missed")
                    && payload.get("fromLevel").asInt() == 0) {
                byEventId.putIfAbsent(event.get("eventId").asString(), payload);
            }
        }
        return List.copyOf(byEventId.values());
    }

    /** Escalation's view of a complaint's deadline, or {@code null} while it has none. */
    private static JsonNode deadlineHeldByEscalation(String complaintId, String bearer) throws IOException, InterruptedException {
        HttpResponse<String> response = get(system.serviceUri("escalation-service").resolve("/api/v1/deadlines/" + complaintId),
                bearer);
        return response.statusCode() == 404 ? null : JSON.readTree(ok(response).body());
    }

    private static JsonNode submit(String category, String customerEmail) throws IOException, InterruptedException {
        HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(
                                system.serviceUri("intake-service").resolve("/api/v1/complaints"))
                        .header("Content-Type", "application/json")
                        .header("X-API-Key", "local-terminal-kyiv-001")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"kind":"complaint","channel":"terminal","storeId":"kyiv-001","category":"%s",
                                 "text":"Nobody has answered me.","customer":{"name":"Olena","email":"%s"},"language":"en"}
                                """.formatted(category, customerEmail))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return JSON.readTree(accepted.body());
    }

    private record Letter(String subject, String body) {
    }

    /** Waits for at least {@code count} letters to one recipient about one complaint, and returns them all. */
    private static List<Letter> awaitLetters(String recipient, String reference, int count) {
        URI inbox = system.inboxUri().resolve("/api/messages?to=" + URLEncoder.encode(recipient, StandardCharsets.UTF_8));
        return await().atMost(PATIENCE).until(() -> {
            List<Letter> letters = new ArrayList<>();
            for (JsonNode mail : getJson(inbox, null)) {
                Letter letter = new Letter(mail.get("subject").asString(), mail.get("body").asString());
                if (letter.subject().contains(reference) || letter.body().contains(reference)) {
                    letters.add(letter);
                }
            }
            return letters;
        }, letters -> letters.size() >= count);
    }

    /** A token from the local identity provider, asked for as a person on the local run would. */
    private static String staffToken(String staffId, String role) throws IOException, InterruptedException {
        HttpResponse<String> issued = post(system.identityProvider().issuer().resolve("/tokens"),
                "{\"staffId\":\"" + staffId + "\",\"roles\":[\"" + role + "\"]}", null);
        return JSON.readTree(ok(issued).body()).get("token").asString();
    }

    private static HttpResponse<String> post(URI uri, String json, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode getJson(URI uri, String bearer) throws IOException, InterruptedException {
        return JSON.readTree(ok(get(uri, bearer)).body());
    }

    private static HttpResponse<String> get(URI uri, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("%s %s: %s", response.request().method(), response.request().uri(),
                response.body()).isEqualTo(200);
        return response;
    }
}
