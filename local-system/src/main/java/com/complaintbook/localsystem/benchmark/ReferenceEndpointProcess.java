package com.complaintbook.localsystem.benchmark;

import com.complaintbook.localsystem.ChildProcesses;
import com.complaintbook.localsystem.JavaCommand;
import com.complaintbook.localsystem.ServiceJvm;

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
import java.util.List;

/**
 * Runs {@link ReferenceEndpoint} in a JVM of its own, with the services' JVM options: it must not
 * share the load generator's heap and CPU accounting, and it must be compiled and collected as
 * intake is, for the two to be compared.
 */
final class ReferenceEndpointProcess implements AutoCloseable {

    static final String NAME = "reference-endpoint";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final int port;
    private final Path logFile;
    private Process process;

    ReferenceEndpointProcess(int port, Path logFile) {
        this.port = port;
        this.logFile = logFile;
    }

    void start(ServiceJvm jvm, String classpath, String kafkaBootstrapServers, String topic)
            throws IOException, InterruptedException {
        Files.createDirectories(logFile.getParent());
        List<String> command = new ArrayList<>(List.of(JavaCommand.path()));
        command.addAll(jvm.options());
        command.addAll(List.of("-cp", classpath, ReferenceEndpoint.class.getName(), String.valueOf(port),
                kafkaBootstrapServers, topic));
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        awaitReady();
    }

    private void awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(baseUri().resolve("/ready")).timeout(Duration.ofSeconds(2)).build();
        Instant giveUp = Instant.now().plus(START_TIMEOUT);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The reference endpoint exited with " + process.exitValue() + "; see " + logFile);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // Still starting; ask again shortly.
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("The reference endpoint was not ready within " + START_TIMEOUT + "; see " + logFile);
            }
            Thread.sleep(250);
        }
    }

    URI baseUri() {
        return URI.create("http://localhost:" + port);
    }

    ProcessHandle processHandle() {
        return process.toHandle();
    }

    @Override
    public void close() {
        ChildProcesses.stop(process, Duration.ofSeconds(15));
    }
}
