package com.complaintbook.localsystem;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the local system keeps its data and which ports it uses.
 *
 * @param dataDirectory  PostgreSQL's and MongoDB's files, Kafka's log and every process's log live below it
 * @param persistent     keep the data between runs (the local run), or throw it away at the end (tests, the benchmark)
 * @param servicesDirectory where the five services' runnable jars are
 * @param launcherClasspath the classpath the Kafka broker's JVM runs on
 * @param kafkaPort      the broker's client port; the controller listens on the next port up
 * @param mongoPort      the MongoDB wire-protocol port
 * @param postgresPort   PostgreSQL's port when persistent; a non-persistent run's throwaway server takes any
 *                       free port, so tests pass 0 and ask the running system for the port
 * @param smtpPort       the SMTP port
 * @param inboxPort      the HTTP port of the mail inbox
 * @param servicePorts   each service's HTTP port, by service name, in start order
 * @param identityPort   the local identity provider's port; 0 for any free port (tests, the benchmark)
 * @param serviceJvm     the JVM options of the five services: quick to start, or as in production
 * @param serviceEnvironment settings an operator would give one service's container, by service name; they
 *                       win over everything the launcher sets, so a run can raise a limit it would otherwise hit
 */
public record LocalSystemSettings(
        Path dataDirectory,
        boolean persistent,
        Path servicesDirectory,
        String launcherClasspath,
        int kafkaPort,
        int mongoPort,
        int postgresPort,
        int smtpPort,
        int inboxPort,
        Map<String, Integer> servicePorts,
        int identityPort,
        ServiceJvm serviceJvm,
        Map<String, Map<String, String>> serviceEnvironment) {

    /** The services and their default ports, as documented in the README. */
    public static final List<String> SERVICES = List.of(
            "intake-service", "routing-service", "escalation-service", "notification-service", "reporting-service");

    public LocalSystemSettings {
        servicePorts = Collections.unmodifiableMap(new LinkedHashMap<>(servicePorts));
        Map<String, Map<String, String>> environments = new LinkedHashMap<>();
        serviceEnvironment.forEach((service, variables) -> environments.put(service, Map.copyOf(variables)));
        serviceEnvironment = Collections.unmodifiableMap(environments);
    }

    /** A developer's run: services start quickly, with nothing set beyond what the launcher sets. */
    public LocalSystemSettings(Path dataDirectory, boolean persistent, Path servicesDirectory, String launcherClasspath,
                               int kafkaPort, int mongoPort, int postgresPort, int smtpPort, int inboxPort,
                               Map<String, Integer> servicePorts) {
        this(dataDirectory, persistent, servicesDirectory, launcherClasspath, kafkaPort, mongoPort, postgresPort,
                smtpPort, inboxPort, servicePorts, 0, ServiceJvm.QUICK_START, Map.of());
    }

    public LocalSystemSettings withServiceJvm(ServiceJvm jvm) {
        return new LocalSystemSettings(dataDirectory, persistent, servicesDirectory, launcherClasspath, kafkaPort,
                mongoPort, postgresPort, smtpPort, inboxPort, servicePorts, identityPort, jvm, serviceEnvironment);
    }

    /** These settings with the local identity provider on {@code port}. */
    public LocalSystemSettings withIdentityPort(int port) {
        return new LocalSystemSettings(dataDirectory, persistent, servicesDirectory, launcherClasspath, kafkaPort,
                mongoPort, postgresPort, smtpPort, inboxPort, servicePorts, port, serviceJvm, serviceEnvironment);
    }

    /** These settings with {@code variables} added to one service's environment. */
    public LocalSystemSettings withEnvironment(String service, Map<String, String> variables) {
        Map<String, Map<String, String>> environments = new LinkedHashMap<>(serviceEnvironment);
        Map<String, String> merged = new LinkedHashMap<>(environments.getOrDefault(service, Map.of()));
        merged.putAll(variables);
        environments.put(service, merged);
        return new LocalSystemSettings(dataDirectory, persistent, servicesDirectory, launcherClasspath, kafkaPort,
                mongoPort, postgresPort, smtpPort, inboxPort, servicePorts, identityPort, serviceJvm, environments);
    }

    /** What {@link #serviceEnvironment()} sets for one service; nothing for most. */
    public Map<String, String> environmentOf(String service) {
        return serviceEnvironment.getOrDefault(service, Map.of());
    }

    public static Map<String, Integer> defaultServicePorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (int i = 0; i < SERVICES.size(); i++) {
            ports.put(SERVICES.get(i), 8081 + i);
        }
        return ports;
    }

    public int controllerPort() {
        return kafkaPort + 1;
    }

    public String kafkaBootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    /** Each service its own database on the one server. */
    public String mongoUri(String service) {
        return "mongodb://localhost:" + mongoPort + "/" + service.replace("-service", "");
    }

    public Path logDirectory() {
        return dataDirectory.resolve("logs");
    }
}
