package com.complaintbook.localsystem;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static com.complaintbook.localsystem.ComplaintEventsTopic.payloads;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The "done when", on the whole system as {@code ./run-local} starts it, with the demo
 * retailer's organisation: complaints about one category from stores in different regions land with
 * each region's own people; a service desk shares its complaints evenly; deadlines count working time
 * of the demo's calendar and skip weekends; an unsatisfied customer takes a complaint up the real chain
 * to the CEO; and an organisation imported through routing's admin API reaches intake within seconds,
 * without a restart. (A climb driven by missed deadlines, with review periods of seconds, is
 * {@link EscalationSystemIT}'s.)
 */
class DemoOrganisationIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    /** What "an organisation change reaches intake within seconds" allows on a busy machine. */
    private static final Duration WITHIN_SECONDS = Duration.ofSeconds(15);

    @TempDir
    static Path dataDirectory;

    private static LocalSystem system;
    private static ComplaintEventsTopic events;
    /** The demo organisation as routing was given it, read independently of routing. */
    private static JsonNode demo;
    /** Each submitted complaint's status link, by complaint id. */
    private static final Map<String, String> statusUrls = new ConcurrentHashMap<>();

    @BeforeAll
    static void startTheSystemWithTheDemoOrganisation() throws Exception {
        try (InputStream file = DemoOrganisationIT.class.getResourceAsStream(DemoOrganisation.RESOURCE)) {
            demo = YAMLMapper.builder().build().readTree(file);
        }
        // Every submission of this test comes from one address, which the website's per-visitor budget
        // would soon refuse.
        system = new LocalSystem(TestSystems.settings(dataDirectory)
                .withEnvironment("intake-service", Map.of("COMPLAINTBOOK_INTAKE_RATELIMITS_PERENDUSER_BURST", "1000000")));
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
    void theSameCategoryFromStoresInDifferentRegionsLandsWithEachRegionsOwnPeople() throws Exception {
        Map<String, String> deliveryByStore = Map.of(
                "kyiv-002", "ivan.petrenko",        // Kyiv region's logistics coordinator
                "lviv-002", "roman.hnatyshyn",      // West
                "odesa-002", "sergei.volkov");      // South-East
        Map<String, String> staffBehaviourByStore = Map.of(
                "kyiv-003", "svitlana.pavlenko",    // each store's own manager
                "ternopil-001", "oksana.fedoriv",
                "dnipro-001", "yevhen.kravets");

        Map<String, String> delivery = assigneesOf("delivery", deliveryByStore.keySet());
        Map<String, String> staffBehaviour = assigneesOf("staff-behaviour", staffBehaviourByStore.keySet());

        assertThat(delivery).isEqualTo(deliveryByStore);
        assertThat(staffBehaviour).isEqualTo(staffBehaviourByStore);
    }

    @Test
    void aServiceDeskSharesItsComplaintsEvenly() throws Exception {
        Map<String, Long> complaintsPerMember = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            // One after another, as customers come: each goes to whoever has the fewest open ones then.
            JsonNode assigned = awaitFirstAssignment(submit("complaint", "kyiv-001", "pricing"));
            complaintsPerMember.merge(assigned.get("assignee").get("id").asString(), 1L, Long::sum);
        }

        assertThat(complaintsPerMember).containsOnlyKeys("daryna.kostenko", "ihor.sydorenko", "polina.antonova")
                .allSatisfy((member, count) -> assertThat(count).as(member).isEqualTo(2L));
    }

    @Test
    void deadlinesCountTheStoresWorkingTimeAndSkipWeekendsAndHolidays() throws Exception {
        String suggestion = submit("suggestion", "kyiv-002", "delivery");
        String complaint = submit("complaint", "lviv-002", "store-cleanliness");
        String foodSafety = submit("complaint", "odesa-002", "food-safety");

        Instant suggestionDeadline = deadlineOf(suggestion);
        assertThat(suggestionDeadline).as("10 working days after the day it was submitted, at closing time")
                .isEqualTo(Calendar.ofDemo().afterWorkingDays(submittedAt(suggestion), 10));
        assertThat(ChronoUnit.DAYS.between(submittedAt(suggestion).atZone(Calendar.KYIV).toLocalDate(),
                suggestionDeadline.atZone(Calendar.KYIV).toLocalDate()))
                .as("two weekends lie in between").isGreaterThanOrEqualTo(14);
        assertThat(deadlineOf(complaint)).as("3 working days")
                .isEqualTo(Calendar.ofDemo().afterWorkingDays(submittedAt(complaint), 3));
        assertThat(deadlineOf(foodSafety)).as("4 working hours for food safety")
                .isEqualTo(Calendar.ofDemo().afterWorkingHours(submittedAt(foodSafety), 4));
        for (Instant deadline : List.of(suggestionDeadline, deadlineOf(complaint), deadlineOf(foodSafety))) {
            assertThat(deadline.atZone(Calendar.KYIV).getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        }
    }

    @Test
    void anUnsatisfiedCustomerTakesAComplaintUpTheStoresChainToTheCeo() throws Exception {
        String complaintId = submit("complaint", "lviv-002", "staff-behaviour");
        List<String> chain = List.of("taras.kulyk", "mykhailo.ivanyshyn", "dmytro.boyko", "taras.bondarenko");
        JsonNode first = awaitFirstAssignment(complaintId);
        assertThat(first.get("managers")).extracting(manager -> manager.get("id").asString())
                .as("the store manager's chain: regional manager, retail director, CEO")
                .containsExactlyElementsOf(chain.subList(1, chain.size()));
        URI link = customerLink(complaintId);

        for (int level = 0; level < chain.size(); level++) {
            int expectedLevel = level;
            List<JsonNode> assignments = await().atMost(PATIENCE).until(
                    () -> payloads(events.of(complaintId), "ComplaintAssigned"), list -> list.size() > expectedLevel);
            assertThat(assignments.get(level).get("assignee").get("id").asString()).isEqualTo(chain.get(level));
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(getJson(link, null).get("level").asInt())
                    .isEqualTo(expectedLevel));
            HttpResponse<String> answered = post(system.serviceUri("intake-service")
                            .resolve("/api/v1/complaints/" + complaintId + "/answer"),
                    "{\"text\":\"Answer from level " + level + "\"}",
                    staffToken(chain.get(level), level == 0 ? "employee" : "manager"));
            assertThat(answered.statusCode()).as(answered.body()).isEqualTo(204);
            if (level < chain.size() - 1) {
                HttpResponse<String> appeal = post(URI.create(link + "/not-satisfied"), "{\"comment\":\"Still rude\"}", null);
                assertThat(appeal.statusCode()).as(appeal.body()).isEqualTo(200);
            }
        }

        JsonNode last = payloads(events.of(complaintId), "ComplaintAssigned").get(chain.size() - 1);
        assertThat(last.get("managers")).as("nobody above the CEO").isEmpty();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(getJson(link, null).get("stage").asString())
                .isEqualTo("closed"));
    }

    @Test
    void anOrganisationImportedThroughTheAdminApiReachesIntakeWithinSecondsWithoutARestart() throws Exception {
        long intakePid = system.processes().get("intake-service").pid();
        ObjectNode changed = (ObjectNode) demo.deepCopy();
        // Zhytomyr closes, with its manager's position; Chernihiv opens in the Kyiv region.
        remove(changed, "stores", "zhytomyr-001");
        remove(changed, "positions", "zhytomyr-001-manager");
        remove(changed, "staff", "inna.zaitseva");
        ((ArrayNode) changed.get("staff")).add(JSON.readTree("""
                {"id":"bohdana.chernysh","name":"Bohdana Chernysh","email":"bohdana.chernysh@retail.example","language":"uk"}"""));
        ((ArrayNode) changed.get("positions")).add(JSON.readTree("""
                {"id":"chernihiv-001-manager","title":"Store manager, Chernihiv","department":"retail",
                 "holder":"bohdana.chernysh","reportsTo":"kyiv-region-manager"}"""));
        ((ArrayNode) changed.get("stores")).add(JSON.readTree("""
                {"id":"chernihiv-001","name":{"ru":"Чернигов","uk":"Чернігів","en":"Chernihiv"},
                 "address":{"ru":"просп. Мира, 20, Чернигов","uk":"просп. Миру, 20, Чернігів","en":"20 Myru Ave, Chernihiv"},
                 "region":"kyiv","manager":"chernihiv-001-manager","timeZone":"Europe/Kyiv","calendar":"ua-office"}"""));
        assertThat(submission("zhytomyr-001", "staff-behaviour").statusCode()).as("Zhytomyr before the import").isEqualTo(202);
        assertThat(submission("chernihiv-001", "staff-behaviour").statusCode()).as("Chernihiv before the import").isEqualTo(422);

        HttpResponse<String> imported = HTTP.send(HttpRequest.newBuilder(
                                system.serviceUri("routing-service").resolve("/api/v1/organisation"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + staffToken("maria.kovalenko", "admin"))
                        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(changed))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        Instant accepted = Instant.now();

        await().atMost(WITHIN_SECONDS).pollInterval(Duration.ofMillis(250))
                .until(() -> submission("zhytomyr-001", "staff-behaviour").statusCode() == 422);
        HttpResponse<String> chernihiv = await().atMost(WITHIN_SECONDS).pollInterval(Duration.ofMillis(250))
                .until(() -> submission("chernihiv-001", "staff-behaviour"), response -> response.statusCode() == 202);
        assertThat(Duration.between(accepted, Instant.now())).isLessThan(WITHIN_SECONDS);
        assertThat(system.processes().get("intake-service").pid()).as("intake was not restarted").isEqualTo(intakePid);
        JsonNode assigned = awaitFirstAssignment(JSON.readTree(chernihiv.body()).get("complaintId").asString());
        assertThat(assigned.get("assignee").get("id").asString()).as("the new store's manager")
                .isEqualTo("bohdana.chernysh");
    }

    /**
     * The demo's business calendar, worked out here from the document itself rather than by routing's
     * code: office hours per weekday in Kyiv, and the holidays.
     */
    private record Calendar(Map<DayOfWeek, LocalTime[]> hours, Set<LocalDate> holidays) {

        static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

        static Calendar ofDemo() {
            JsonNode calendar = demo.get("calendars").get(0);
            assertThat(calendar.get("id").asString()).isEqualTo("ua-office");
            Map<DayOfWeek, LocalTime[]> hours = new LinkedHashMap<>();
            calendar.get("hours").properties().forEach(day -> {
                String[] span = day.getValue().asString().split("-");
                hours.put(DayOfWeek.valueOf(day.getKey().toUpperCase(Locale.ROOT)),
                        new LocalTime[] {LocalTime.parse(span[0]), LocalTime.parse(span[1])});
            });
            Set<LocalDate> holidays = new HashSet<>();
            calendar.get("holidays").forEach(day -> holidays.add(LocalDate.parse(day.asString())));
            return new Calendar(hours, holidays);
        }

        boolean isWorkingDay(LocalDate day) {
            return hours.containsKey(day.getDayOfWeek()) && !holidays.contains(day);
        }

        /** The closing time of the n-th working day after the day of {@code start}. */
        Instant afterWorkingDays(Instant start, int days) {
            LocalDate day = start.atZone(KYIV).toLocalDate();
            for (int counted = 0; counted < days; ) {
                day = day.plusDays(1);
                if (isWorkingDay(day)) {
                    counted++;
                }
            }
            return ZonedDateTime.of(day, hours.get(day.getDayOfWeek())[1], KYIV).toInstant();
        }

        /** {@code start} plus so many hours counted within working hours only. */
        Instant afterWorkingHours(Instant start, int workingHours) {
            ZonedDateTime moment = start.atZone(KYIV);
            Duration left = Duration.ofHours(workingHours);
            while (true) {
                LocalDate day = moment.toLocalDate();
                if (isWorkingDay(day)) {
                    ZonedDateTime opens = ZonedDateTime.of(day, hours.get(day.getDayOfWeek())[0], KYIV);
                    ZonedDateTime closes = ZonedDateTime.of(day, hours.get(day.getDayOfWeek())[1], KYIV);
                    ZonedDateTime from = moment.isBefore(opens) ? opens : moment;
                    if (from.isBefore(closes)) {
                        Duration today = Duration.between(from, closes);
                        if (today.compareTo(left) >= 0) {
                            return from.plus(left).toInstant();
                        }
                        left = left.minus(today);
                    }
                }
                moment = day.plusDays(1).atStartOfDay(KYIV);
            }
        }
    }

    private static void remove(ObjectNode organisation, String list, String id) {
        ArrayNode items = (ArrayNode) organisation.get(list);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).get("id").asString().equals(id)) {
                items.remove(i);
                return;
            }
        }
        throw new AssertionError("The demo has no " + id + " in " + list);
    }

    /** Submits one complaint per store and returns who each store's complaint went to. */
    private static Map<String, String> assigneesOf(String category, Set<String> stores) throws Exception {
        Map<String, String> complaintByStore = new LinkedHashMap<>();
        for (String store : stores) {
            complaintByStore.put(store, submit("complaint", store, category));
        }
        return complaintByStore.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> awaitFirstAssignment(entry.getValue()).get("assignee").get("id").asString()));
    }

    private static JsonNode awaitFirstAssignment(String complaintId) {
        return await().atMost(PATIENCE).until(() -> payloads(events.of(complaintId), "ComplaintAssigned"),
                Predicate.not(List::isEmpty)).get(0);
    }

    private static Instant deadlineOf(String complaintId) {
        return Instant.parse(awaitFirstAssignment(complaintId).get("deadline").asString());
    }

    private static Instant submittedAt(String complaintId) {
        return Instant.parse(payloads(events.of(complaintId), "ComplaintSubmitted").get(0).get("submittedAt").asString());
    }

    /** Where the customer follows the complaint, from the status link intake handed out. */
    private static URI customerLink(String complaintId) {
        String statusUrl = statusUrls.get(complaintId);
        return system.serviceUri("intake-service")
                .resolve("/api/v1/customer/complaints/" + statusUrl.substring(statusUrl.lastIndexOf('/') + 1));
    }

    /** Submits as the website does and returns the accepted complaint's id. */
    private static String submit(String kind, String store, String category) throws IOException, InterruptedException {
        HttpResponse<String> accepted = submission(kind, store, category);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        JsonNode body = JSON.readTree(accepted.body());
        String complaintId = body.get("complaintId").asString();
        statusUrls.put(complaintId, body.get("statusUrl").asString());
        return complaintId;
    }

    private static HttpResponse<String> submission(String store, String category) throws IOException, InterruptedException {
        return submission("complaint", store, category);
    }

    private static HttpResponse<String> submission(String kind, String store, String category)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(system.serviceUri("intake-service").resolve("/api/v1/complaints"))
                        .header("Content-Type", "application/json")
                        .header("X-API-Key", "local-website")
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"kind":"%s","channel":"website","storeId":"%s","category":"%s",
                                 "text":"Something to look into.",
                                 "customer":{"name":"Olena","email":"olena.%s@example.com"},"language":"uk"}
                                """.formatted(kind, store, category, UUID.randomUUID()))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A token from the local identity provider, asked for as a person on the local run would. */
    private static String staffToken(String staffId, String role) throws IOException, InterruptedException {
        HttpResponse<String> issued = post(system.identityProvider().issuer().resolve("/tokens"),
                "{\"staffId\":\"" + staffId + "\",\"roles\":[\"" + role + "\"]}", null);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        return JSON.readTree(issued.body()).get("token").asString();
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
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s: %s", uri, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
