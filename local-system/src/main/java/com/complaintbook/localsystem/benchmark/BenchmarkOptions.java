package com.complaintbook.localsystem.benchmark;

import java.time.Duration;
import java.util.List;

/**
 * What one run does.
 *
 * @param clients        concurrent closed-loop clients: each sends its next request when its last one is answered
 * @param duration       how long each endpoint is measured, unless {@code complaints} is set
 * @param complaints     how many requests each endpoint is measured with instead of a duration; 0 for none
 * @param warmup         load sent to each endpoint before it is measured, so that both are measured
 *                       compiled and connected; not counted in the figures (intake's complaints are
 *                       still followed to the end)
 * @param drainTimeout   how long to wait after the load for every accepted complaint to be handled
 * @param requestTimeout how long one request may take before it counts as an error
 * @param pacedDuration  how long intake is then loaded open loop at a fixed rate, to measure its latency
 *                       below saturation; zero for not at all
 * @param pacedRate      that fixed rate, requests a second; 0 for half the rate intake sustained closed loop
 */
record BenchmarkOptions(int clients, Duration duration, long complaints, Duration warmup, Duration drainTimeout,
                        Duration requestTimeout, Duration pacedDuration, double pacedRate) {

    static final String USAGE = String.join("\n",
            "Usage: ./benchmark [--clients N] [--duration 60s | --complaints N] [--warmup 10s] [--drain-timeout 15m]",
            "                   [--request-timeout 30s] [--paced-duration 30s] [--paced-rate N]",
            "",
            "  --clients N          concurrent closed-loop clients (default 64)",
            "  --duration D         measure each endpoint for D (default 60s); units ms, s, m, h",
            "  --complaints N       measure each endpoint with N requests instead of for a duration",
            "  --warmup D           unmeasured load before each endpoint's measurement (default 10s; 0 for none)",
            "  --drain-timeout D    give up waiting for the pipeline to catch up after D (default 15m)",
            "  --request-timeout D  a request not answered within D is an error (default 30s)",
            "  --paced-duration D   then load intake open loop at a fixed rate for D, to measure its latency",
            "                       below saturation (default 30s; 0 for none)",
            "  --paced-rate N       that rate, requests a second (default: half the rate intake sustained)",
            "",
            "./benchmark --escalation [options]: escalation-service alone with N open deadlines; --escalation --help");

    BenchmarkOptions {
        if (clients < 1) {
            throw new IllegalArgumentException("--clients must be at least 1");
        }
        if (complaints < 0) {
            throw new IllegalArgumentException("--complaints must be at least 1");
        }
        if (complaints == 0 && duration.isZero()) {
            throw new IllegalArgumentException("--duration must be longer than 0");
        }
        if (requestTimeout.isZero()) {
            throw new IllegalArgumentException("--request-timeout must be longer than 0");
        }
        if (pacedDuration.isNegative()) {
            throw new IllegalArgumentException("--paced-duration must not be negative");
        }
        if (pacedRate < 0) {
            throw new IllegalArgumentException("--paced-rate must be at least 1");
        }
    }

    static BenchmarkOptions defaults() {
        return new BenchmarkOptions(64, Duration.ofSeconds(60), 0, Duration.ofSeconds(10), Duration.ofMinutes(15),
                Duration.ofSeconds(30), Duration.ofSeconds(30), 0);
    }

    /** Reads the command line; every option is {@code --name value} or {@code --name=value}. */
    static BenchmarkOptions parse(List<String> arguments) {
        BenchmarkOptions options = defaults();
        boolean durationGiven = false;
        for (CommandLineOptions.Option option : CommandLineOptions.read(arguments)) {
            String name = option.name();
            String value = option.value();
            switch (name) {
                case "--clients" -> options = options.withClients((int) Math.min(Integer.MAX_VALUE, number(name, value)));
                case "--duration" -> {
                    options = options.withDuration(DurationText.parse(value));
                    durationGiven = true;
                }
                case "--complaints" -> options = options.withComplaints(number(name, value));
                case "--warmup" -> options = options.withWarmup(DurationText.parse(value));
                case "--drain-timeout" -> options = options.withDrainTimeout(DurationText.parse(value));
                case "--request-timeout" -> options = options.withRequestTimeout(DurationText.parse(value));
                case "--paced-duration" -> options = options.withPacedDuration(DurationText.parse(value));
                case "--paced-rate" -> options = options.withPacedRate(number(name, value));
                default -> throw new IllegalArgumentException("Unknown option: " + name);
            }
        }
        if (durationGiven && options.countBounded()) {
            throw new IllegalArgumentException("Give --duration or --complaints, not both");
        }
        return options;
    }

    private static long number(String name, String value) {
        long number;
        try {
            number = Long.parseLong(value.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes a whole number, not '" + value + "'");
        }
        if (number < 1) {
            throw new IllegalArgumentException(name + " must be at least 1");
        }
        return number;
    }

    boolean paced() {
        return !pacedDuration.isZero();
    }

    /** The paced load's rate, given the rate intake sustained closed loop. */
    double pacedRate(double sustained) {
        return pacedRate > 0 ? pacedRate : Math.max(1, sustained / 2);
    }

    boolean countBounded() {
        return complaints > 0;
    }

    /** How the measured part of each endpoint's load ends, for the report's header. */
    String measuredLoad() {
        return countBounded() ? complaints + " requests" : DurationText.format(duration);
    }

    private BenchmarkOptions withClients(int value) {
        return new BenchmarkOptions(value, duration, complaints, warmup, drainTimeout, requestTimeout, pacedDuration, pacedRate);
    }

    private BenchmarkOptions withDuration(Duration value) {
        return new BenchmarkOptions(clients, value, complaints, warmup, drainTimeout, requestTimeout, pacedDuration, pacedRate);
    }

    private BenchmarkOptions withComplaints(long value) {
        return new BenchmarkOptions(clients, duration, value, warmup, drainTimeout, requestTimeout, pacedDuration, pacedRate);
    }

    private BenchmarkOptions withWarmup(Duration value) {
        return new BenchmarkOptions(clients, duration, complaints, value, drainTimeout, requestTimeout, pacedDuration, pacedRate);
    }

    private BenchmarkOptions withDrainTimeout(Duration value) {
        return new BenchmarkOptions(clients, duration, complaints, warmup, value, requestTimeout, pacedDuration, pacedRate);
    }

    private BenchmarkOptions withRequestTimeout(Duration value) {
        return new BenchmarkOptions(clients, duration, complaints, warmup, drainTimeout, value, pacedDuration, pacedRate);
    }

    private BenchmarkOptions withPacedDuration(Duration value) {
        return new BenchmarkOptions(clients, duration, complaints, warmup, drainTimeout, requestTimeout, value, pacedRate);
    }

    private BenchmarkOptions withPacedRate(double value) {
        return new BenchmarkOptions(clients, duration, complaints, warmup, drainTimeout, requestTimeout, pacedDuration, value);
    }
}
