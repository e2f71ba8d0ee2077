package com.complaintbook.localsystem;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache Kafka broker in KRaft mode (broker and controller in one), in a JVM of its own so
 * that its data survives the launcher and its threads never mix with it. The log directory is
 * formatted once; later runs find their topics and offsets where they left them.
 */
final class KafkaBroker implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final LocalSystemSettings settings;
    private final Path home;
    private Process process;

    KafkaBroker(LocalSystemSettings settings) {
        this.settings = settings;
        this.home = settings.dataDirectory().resolve("kafka");
    }

    void start() throws IOException, InterruptedException {
        Files.createDirectories(home);
        Path config = writeConfig();
        Path logging = copyResource("kafka-logback.xml");
        if (!Files.exists(home.resolve("data").resolve("meta.properties"))) {
            int formatted = run(List.of("kafka.tools.StorageTool", "format", "--cluster-id", Uuid.randomUuid().toString(),
                    "--config", config.toString(), "--ignore-formatted"), logging, "kafka-format.log")
                    .waitFor();
            if (formatted != 0) {
                throw new IllegalStateException("Could not format Kafka's log directory (exit " + formatted + "); see "
                        + settings.logDirectory().resolve("kafka-format.log"));
            }
        }
        process = run(List.of("kafka.Kafka", config.toString()), logging, "kafka.log");
        awaitReady();
    }

    ProcessHandle processHandle() {
        return process.toHandle();
    }

    private Path writeConfig() throws IOException {
        String properties = String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@localhost:" + settings.controllerPort(),
                "listeners=PLAINTEXT://localhost:" + settings.kafkaPort() + ",CONTROLLER://localhost:" + settings.controllerPort(),
                "advertised.listeners=PLAINTEXT://localhost:" + settings.kafkaPort(),
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + home.resolve("data").toAbsolutePath(),
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=false",
                "");
        Path config = home.resolve("server.properties");
        Files.writeString(config, properties);
        return config;
    }

    private Path copyResource(String name) throws IOException {
        Path target = home.resolve(name);
        try (InputStream in = KafkaBroker.class.getResourceAsStream("/" + name)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private Process run(List<String> mainAndArguments, Path logging, String logFile) throws IOException {
        Files.createDirectories(settings.logDirectory());
        List<String> command = new ArrayList<>(List.of(JavaCommand.path(), "-Xmx1g",
                "-Dlogback.configurationFile=" + logging.toAbsolutePath(),
                "-cp", settings.launcherClasspath()));
        command.addAll(mainAndArguments);
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.logDirectory().resolve(logFile).toFile()))
                .start();
    }

    private void awaitReady() throws InterruptedException {
        Instant giveUp = Instant.now().plus(START_TIMEOUT);
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4000))) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka exited with " + process.exitValue() + "; see "
                            + settings.logDirectory().resolve("kafka.log"));
                }
                try {
                    admin.describeCluster().nodes().get(4, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    if (Instant.now().isAfter(giveUp)) {
                        throw new IllegalStateException("Kafka did not come up within " + START_TIMEOUT, notYet);
                    }
                    Thread.sleep(250);
                }
            }
        }
    }

    @Override
    public void close() {
        ChildProcesses.stop(process, Duration.ofSeconds(30));
    }
}
