package com.complaintbook.localsystem;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Complaint Book service, run from its own executable jar in its own JVM, as it runs in a
 * container: configured by the same settings an operator would set, and ready when its readiness
 * probe says so.
 */
final class ServiceProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(150);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final LocalSystemSettings settings;
    private final Map<String, String> environment;
    private Process process;

    /**
     * @param environment settings only this service gets, e.g. the connection to its own database
     */
    ServiceProcess(String name, LocalSystemSettings settings, Map<String, String> environment) {
        this.name = name;
        this.port = settings.servicePorts().get(name);
        this.settings = settings;
        this.environment = Map.copyOf(environment);
    }

    String name() {
        return name;
    }

    ProcessHandle processHandle() {
        return process.toHandle();
    }

    URI baseUri() {
        return URI.create("http://localhost:" + port);
    }

    /**
     * Starts the service, or starts it again after {@link #kill()} with the same settings, on the same
     * databases and topics: what a container restarted by its orchestrator does.
     */
    void start() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is running already");
        }
        Path jar = settings.servicesDirectory().resolve(name + "-exec.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No runnable jar at " + jar + "; build first with ./run-local or ./mvnw -Dmaven.test.skip=true package");
        }
        Files.createDirectories(settings.logDirectory());
        List<String> command = new ArrayList<>(List.of(JavaCommand.path()));
        command.addAll(settings.serviceJvm().options());
        command.addAll(List.of("-jar", jar.toString(),
                "--server.port=" + port,
                "--spring.kafka.bootstrap-servers=" + settings.kafkaBootstrapServers(),
                "--spring.mongodb.uri=" + settings.mongoUri(name),
                "--spring.mail.host=localhost",
                "--spring.mail.port=" + settings.smtpPort()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment());
        process = builder
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.logDirectory().resolve(name + ".log").toFile()))
                .start();
    }

    /** What the service's process gets in its environment beyond the launcher's own. */
    Map<String, String> environment() {
        Map<String, String> variables = new LinkedHashMap<>();
        // The local profile carries the well-known development keys and secrets; customer links
        // must point at this run's intake, whatever port it has.
        variables.put("SPRING_PROFILES_ACTIVE", "local");
        variables.put("COMPLAINTBOOK_INTAKE_URL", "http://localhost:" + settings.servicePorts().get("intake-service"));
        variables.putAll(environment);
        variables.putAll(settings.environmentOf(name));
        return variables;
    }

    /**
     * Kills the service's JVM at once, as {@code kill -9} does: no shutdown hook runs, nothing is
     * drained, flushed or committed. Returns once the process is gone.
     */
    void kill() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            throw new IllegalStateException(name + " is not running");
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        if (!process.destroyForcibly().waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + " (pid " + process.pid() + ") survived SIGKILL for 30 s");
        }
    }

    /** Waits until the service reports itself ready to take traffic. */
    void awaitReady() throws InterruptedException {
        Instant giveUp = Instant.now().plus(START_TIMEOUT);
        HttpRequest probe = HttpRequest.newBuilder(baseUri().resolve("/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see "
                        + settings.logDirectory().resolve(name + ".log"));
            }
            try {
                if (HTTP.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Still starting; ask again shortly.
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException(name + " was not ready within " + START_TIMEOUT + "; see "
                        + settings.logDirectory().resolve(name + ".log"));
            }
            Thread.sleep(500);
        }
    }

    @Override
    public void close() {
        ChildProcesses.stop(process, Duration.ofSeconds(30));
    }
}
