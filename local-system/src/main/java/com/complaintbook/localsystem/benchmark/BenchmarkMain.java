package com.complaintbook.localsystem.benchmark;

import com.complaintbook.localsystem.LocalSystemSettings;
import com.complaintbook.localsystem.ServiceJvm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./benchmark}: see {@link BenchmarkOptions#USAGE}; {@code ./benchmark --escalation} is
 * {@link EscalationBenchmarkMain}'s. Every port is the local run's variable
 * where set, else a free one; the data goes to a new folder below {@code COMPLAINTBOOK_DATA_DIR}
 * (default: the system's temporary folder) and is deleted at the end, logs apart. Ctrl-C or SIGTERM
 * stops everything it started.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = Arrays.asList(args);
        if (EscalationOptions.requested(arguments)) {
            EscalationBenchmarkMain.main(args);
            return;
        }
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.println(BenchmarkOptions.USAGE);
            return;
        }
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(arguments);
        } catch (IllegalArgumentException wrong) {
            System.err.println(wrong.getMessage());
            System.err.println(BenchmarkOptions.USAGE);
            System.exit(2);
            return;
        }
        Map<String, String> env = System.getenv();
        Path parent = Files.createDirectories(Path.of(env.getOrDefault("COMPLAINTBOOK_DATA_DIR",
                System.getProperty("java.io.tmpdir"))).toAbsolutePath());
        String classpath = System.getProperty("java.class.path");
        Map<String, Integer> servicePorts = new LinkedHashMap<>();
        for (String service : LocalSystemSettings.SERVICES) {
            servicePorts.put(service, Ports.port(env, service.replace("-service", "").toUpperCase() + "_PORT"));
        }
        int anyPortForThrowawayPostgres = 0;
        LocalSystemSettings settings = new LocalSystemSettings(
                Files.createTempDirectory(parent, "complaint-book-benchmark-"),
                false,
                Path.of(env.getOrDefault("COMPLAINTBOOK_SERVICES_DIR", "local-system/target/services")).toAbsolutePath(),
                classpath,
                Ports.kafkaPort(env),
                Ports.port(env, "MONGODB_PORT"),
                anyPortForThrowawayPostgres,
                Ports.port(env, "SMTP_PORT"),
                Ports.port(env, "MAIL_INBOX_PORT"),
                servicePorts)
                .withServiceJvm(ServiceJvm.PRODUCTION)
                .withEnvironment("intake-service", IntakeBudgets.RAISED);

        Benchmark benchmark = new Benchmark(options, settings, Ports.port(env, "BENCHMARK_REFERENCE_PORT"), classpath,
                System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(benchmark::close, "benchmark-stop"));
        int exit = 0;
        try {
            benchmark.run();
        } catch (Exception failure) {
            System.err.println("The benchmark failed: " + failure);
            exit = 1;
        }
        benchmark.close();
        System.exit(exit);
    }
}
