package com.complaintbook.localsystem.benchmark;

import com.complaintbook.localsystem.LocalSystemSettings;
import com.complaintbook.localsystem.ServiceJvm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code ./benchmark --escalation}: see {@link EscalationOptions#USAGE}. Every port is the local run's
 * variable where set ({@code KAFKA_PORT}, {@code MONGODB_PORT}, {@code ESCALATION_PORT}), else a free
 * one; the identity provider always takes a free one. escalation-service runs from
 * {@code escalation-service/target/escalation-service-exec.jar} (or {@code COMPLAINTBOOK_SERVICES_DIR}),
 * with the production JVM options. The data goes to a new folder below {@code COMPLAINTBOOK_DATA_DIR}
 * (default: the system's temporary folder) and is deleted at the end, logs apart. Ctrl-C or SIGTERM
 * stops everything it started.
 */
public final class EscalationBenchmarkMain {

    private EscalationBenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = List.of(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.println(EscalationOptions.USAGE);
            return;
        }
        EscalationOptions options;
        try {
            options = EscalationOptions.parse(arguments);
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage());
            System.err.println(EscalationOptions.USAGE);
            System.exit(2);
            return;
        }
        Map<String, String> env = System.getenv();
        Path parent = Files.createDirectories(Path.of(env.getOrDefault("COMPLAINTBOOK_DATA_DIR",
                System.getProperty("java.io.tmpdir"))).toAbsolutePath());
        int noPostgres = 0;
        int noMail = 0;
        LocalSystemSettings settings = new LocalSystemSettings(
                Files.createTempDirectory(parent, "complaint-book-escalation-benchmark-"),
                false,
                Path.of(env.getOrDefault("COMPLAINTBOOK_SERVICES_DIR", "escalation-service/target")).toAbsolutePath(),
                System.getProperty("java.class.path"),
                Ports.kafkaPort(env),
                Ports.port(env, "MONGODB_PORT"),
                noPostgres,
                noMail,
                noMail,
                Map.of(EscalationBenchmark.ESCALATION, Ports.port(env, "ESCALATION_PORT")))
                .withServiceJvm(ServiceJvm.PRODUCTION);

        EscalationBenchmark benchmark = new EscalationBenchmark(options, settings, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(benchmark::close, "benchmark-stop"));
        int exit = 0;
        try {
            benchmark.run();
        } catch (Exception failure) {
            System.err.println("The escalation benchmark failed: " + failure);
            exit = 1;
        }
        benchmark.close();
        System.exit(exit);
    }
}
