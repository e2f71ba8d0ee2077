package com.complaintbook.localsystem;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Starts Complaint Book locally (see the README's run command) and keeps it running until Ctrl-C,
 * which stops every process it started. Ports and the data folder are the documented defaults,
 * each overridable by an environment variable; {@code --short-deadlines} shortens the review periods
 * and the appeal window to minutes ({@link ReviewPeriods#SHORT}).
 */
public final class LocalSystemMain {

    private LocalSystemMain() {
    }

    public static void main(String[] args) throws Exception {
        LocalRunOptions options;
        try {
            options = LocalRunOptions.parse(List.of(args));
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage() + "\n\n" + LocalRunOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(LocalRunOptions.USAGE);
            return;
        }
        Map<String, String> env = System.getenv();
        LocalSystemSettings settings = options.applyTo(new LocalSystemSettings(
                Path.of(env.getOrDefault("COMPLAINTBOOK_DATA_DIR", ".local")).toAbsolutePath(),
                true,
                Path.of(env.getOrDefault("COMPLAINTBOOK_SERVICES_DIR", "local-system/target/services")).toAbsolutePath(),
                System.getProperty("java.class.path"),
                port(env, "KAFKA_PORT", 9092),
                port(env, "MONGODB_PORT", 27017),
                port(env, "POSTGRES_PORT", 5432),
                port(env, "SMTP_PORT", 3025),
                port(env, "MAIL_INBOX_PORT", 8025),
                servicePorts(env))
                .withIdentityPort(port(env, "IDENTITY_PORT", 8090)));

        LocalSystem system = new LocalSystem(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Complaint Book...");
            system.close();
            stopped.countDown();
        }, "local-system-stop"));

        System.out.println("Starting Complaint Book (data in " + settings.dataDirectory() + ", logs in "
                + settings.logDirectory() + ")...");
        if (options.reviewPeriods() != null) {
            System.out.println(shortDeadlinesNotice(options.reviewPeriods()));
        }
        try {
            system.start();
        } catch (Exception failure) {
            System.err.println("Complaint Book did not start: " + failure.getMessage());
            System.exit(1);
        }
        System.out.println(whereToGo(system, options));
        stopped.await();
    }

    static String shortDeadlinesNotice(ReviewPeriods periods) {
        return "Short deadlines are ON (--short-deadlines): " + periods.describe() + ".";
    }

    private static String whereToGo(LocalSystem system, LocalRunOptions options) {
        LocalSystemSettings settings = system.settings();
        StringBuilder text = new StringBuilder("\nComplaint Book is running. Ctrl-C stops everything.\n\n");
        if (options.reviewPeriods() != null) {
            text.append("  ").append(shortDeadlinesNotice(options.reviewPeriods())).append('\n');
            text.append(String.format("  Open deadlines      GET  %s/api/v1/deadlines   breaches GET %s/api/v1/breaches"
                            + "  (token with role manager)%n%n",
                    system.serviceUri("escalation-service"), system.serviceUri("escalation-service")));
        }
        text.append(String.format("  Submit a complaint  POST %s/api/v1/complaints%n", system.serviceUri("intake-service")));
        text.append(String.format("  Follow it           GET  %s/api/v1/complaints/{id}%n", system.serviceUri("reporting-service")));
        text.append(String.format("  All complaints      GET  %s/api/v1/complaints?status=ASSIGNED%n", system.serviceUri("reporting-service")));
        text.append(String.format("  Counts by status    GET  %s/api/v1/reports/status-counts%n", system.serviceUri("reporting-service")));
        text.append(String.format("  Mail inbox          %s  (SMTP on port %d)%n", system.inboxUri(), settings.smtpPort()));
        text.append(String.format("  Staff tokens        POST %s/tokens {\"staffId\":\"ivan.petrenko\",\"roles\":[\"employee\"]}%n",
                system.identityProvider().issuer()));
        text.append("                      (roles employee, manager, analyst, admin; every API but health and metrics"
                + " wants Authorization: Bearer <token>)\n");
        text.append(String.format("  Organisation        GET  %s/api/v1/organisation/chart   rules GET %s/api/v1/organisation/rules"
                        + "  (token with role admin, manager or analyst)%n",
                system.serviceUri("routing-service"), system.serviceUri("routing-service")));
        text.append(String.format("                      the demo retailer, loaded from %s; change it with PUT %s/api/v1/organisation"
                        + " (role admin)%n", system.organisationFile(), system.serviceUri("routing-service")));
        text.append("\n");
        for (String service : settings.servicePorts().keySet()) {
            URI uri = system.serviceUri(service);
            text.append(String.format("  %-21s %s   health %s/actuator/health   metrics %s/actuator/prometheus%n",
                    service, uri, uri, uri));
        }
        text.append(String.format("%n  API documents       %s/swagger-ui.html   %s/swagger-ui.html%n",
                system.serviceUri("intake-service"), system.serviceUri("reporting-service")));
        text.append(String.format("%n  Kafka %s   MongoDB mongodb://localhost:%d%n", settings.kafkaBootstrapServers(),
                settings.mongoPort()));
        text.append(String.format("  PostgreSQL %s (user postgres, no password)%n", system.postgresJdbcUrl("intake")));
        text.append(String.format("%n  Try it:%n  curl -i -H 'Content-Type: application/json' -H 'X-API-Key: local-website' %s/api/v1/complaints -d '"
                        + "{\"kind\":\"complaint\",\"channel\":\"website\",\"storeId\":\"kyiv-001\",\"category\":\"delivery\","
                        + "\"text\":\"The sofa arrived late\",\"customer\":{\"email\":\"you@example.com\"},\"language\":\"en\"}'%n",
                system.serviceUri("intake-service")));
        return text.toString();
    }

    private static Map<String, Integer> servicePorts(Map<String, String> env) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        LocalSystemSettings.defaultServicePorts().forEach((service, port) -> ports.put(service,
                port(env, service.replace("-service", "").toUpperCase() + "_PORT", port)));
        return ports;
    }

    private static int port(Map<String, String> env, String variable, int defaultPort) {
        return Integer.parseInt(env.getOrDefault(variable, String.valueOf(defaultPort)));
    }
}
