package com.complaintbook.localsystem.benchmark;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What one run of the escalation benchmark does.
 *
 * @param deadlines    open deadlines loaded, one complaint each
 * @param windowStart  how long after the assignments are published the first deadline falls; empty for
 *                     {@link #windowStart(Duration) chosen by the run}
 * @param window       over how long the deadlines fall, evenly spaced, from the window's start on
 * @param reviewPeriod each assignment's period, deadline minus assignedAt; empty for {@link
 *                     #reviewPeriod(Duration) twice the window's start}, which puts the warning points
 *                     (at {@code warnAt} of the period) in a window of their own halfway to the breaches'
 * @param warnAt       escalation's warning point as a fraction of the period (its default, 0.75), to say
 *                     when each warning was due; change it here only if the service's setting is changed
 * @param grace        how long after the last deadline to wait for escalations still missing
 * @param readTimeout  how long to wait for the service to read what was published
 */
record EscalationOptions(long deadlines, Optional<Duration> windowStart, Duration window, Optional<Duration> reviewPeriod, double warnAt,
                         Duration grace, Duration readTimeout) {

    static final String FLAG = "--escalation";

    static final String USAGE = String.join("\n",
            "Usage: ./benchmark --escalation [--deadlines 100000] [--window-start auto] [--window 3m]",
            "                   [--review-period auto] [--warn-at 0.75] [--grace 2m] [--read-timeout 30m]",
            "",
            "Starts Kafka, MongoDB, the identity provider and escalation-service alone, publishes N open",
            "deadlines on the events topic as intake would, and measures how late escalation sends each",
            "EscalateComplaint (the command's record timestamp minus its missedDeadline).",
            "",
            "  --deadlines N        open deadlines, one complaint each (default 100000)",
            "  --window-start D     the first deadline falls D after the assignments are published (default auto:",
            "                       3m, or 6 times as long as the service took to read the submissions if longer,",
            "                       so that it has read every assignment before the first deadline)",
            "  --window D           the deadlines fall evenly over D from there (default 3m)",
            "  --review-period D    deadline minus assignedAt (default auto: twice the window's start, so that the",
            "                       warnings (at 75% of it) fall due in a window of their own, halfway to the",
            "                       breaches; a day, say, makes every warning overdue while the service reads)",
            "  --warn-at F          the service's warning point as a fraction of the period (default 0.75),",
            "                       only to say when each warning was due",
            "  --grace D            wait at most D after the last deadline for missing escalations (default 2m)",
            "  --read-timeout D     give up if the service has not read what was published within D (default 30m)");

    /** The shortest window start {@code auto} chooses: deadlines a few minutes ahead, as the issue asks. */
    static final Duration MIN_AUTO_START = Duration.ofMinutes(3);
    /** How many times the submissions' reading time {@code auto} leaves for the assignments'. */
    static final int AUTO_START_FACTOR = 6;

    EscalationOptions {
        if (deadlines < 1) {
            throw new IllegalArgumentException("--deadlines must be at least 1");
        }
        if (windowStart.isPresent() && (windowStart.get().isNegative() || windowStart.get().isZero())) {
            throw new IllegalArgumentException("--window-start must be longer than 0");
        }
        if (window.isNegative()) {
            throw new IllegalArgumentException("--window must not be negative");
        }
        if (reviewPeriod.isPresent() && reviewPeriod.get().compareTo(windowStart.orElse(MIN_AUTO_START).plus(window)) < 0) {
            throw new IllegalArgumentException("--review-period must be at least the window's start plus --window: "
                    + "an assignment cannot lie in the future");
        }
        if (!(warnAt > 0 && warnAt < 1)) {
            throw new IllegalArgumentException("--warn-at must lie between 0 and 1");
        }
        if (readTimeout.isZero() || readTimeout.isNegative()) {
            throw new IllegalArgumentException("--read-timeout must be longer than 0");
        }
    }

    static EscalationOptions defaults() {
        return new EscalationOptions(100_000, Optional.empty(), Duration.ofMinutes(3), Optional.empty(), 0.75,
                Duration.ofMinutes(2), Duration.ofMinutes(30));
    }

    static boolean requested(List<String> arguments) {
        return arguments.contains(FLAG);
    }

    /** Reads the command line, {@link #FLAG} included; every option is {@code --name value} or {@code --name=value}. */
    static EscalationOptions parse(List<String> arguments) {
        long deadlines = defaults().deadlines();
        Optional<Duration> windowStart = defaults().windowStart();
        Duration window = defaults().window();
        Optional<Duration> reviewPeriod = defaults().reviewPeriod();
        double warnAt = defaults().warnAt();
        Duration grace = defaults().grace();
        Duration readTimeout = defaults().readTimeout();
        for (CommandLineOptions.Option option : CommandLineOptions.read(
                arguments.stream().filter(argument -> !argument.equals(FLAG)).toList())) {
            String name = option.name();
            String value = option.value();
            switch (name) {
                case "--deadlines" -> deadlines = count(name, value);
                case "--window-start" -> windowStart = value.strip().equalsIgnoreCase("auto") ? Optional.empty()
                        : Optional.of(DurationText.parse(value));
                case "--window" -> window = DurationText.parse(value);
                case "--review-period" -> reviewPeriod = value.strip().equalsIgnoreCase("auto") ? Optional.empty()
                        : Optional.of(DurationText.parse(value));
                case "--warn-at" -> warnAt = fraction(name, value);
                case "--grace" -> grace = DurationText.parse(value);
                case "--read-timeout" -> readTimeout = DurationText.parse(value);
                default -> throw new IllegalArgumentException("Unknown option for " + FLAG + ": " + name);
            }
        }
        return new EscalationOptions(deadlines, windowStart, window, reviewPeriod, warnAt, grace, readTimeout);
    }

    private static long count(String name, String value) {
        try {
            return Long.parseLong(value.strip().replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes a whole number, not '" + value + "'");
        }
    }

    private static double fraction(String name, String value) {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes a fraction such as 0.75, not '" + value + "'");
        }
    }

    /**
     * The window's start: as given, or {@code auto}: {@link #MIN_AUTO_START}, or {@link
     * #AUTO_START_FACTOR} times the time the service took to read the submissions where that is longer,
     * rounded up to 10 s. With the review period {@code auto}, reading an assignment fires nothing and
     * the assignments took twice as long to read as the submissions (measured here at 100,000), and the
     * warnings fall due from half the start on: six times leaves the reading half as long again. With a long
     * review period every warning fires while the service reads, and reading took eight to eleven
     * times as long: give the start then. The review period must still reach back before the start,
     * or the run refuses to start the window.
     */
    Duration windowStart(Duration submissionsRead) {
        if (windowStart.isPresent()) {
            return windowStart.get();
        }
        long seconds = Math.max(MIN_AUTO_START.toSeconds(), submissionsRead.multipliedBy(AUTO_START_FACTOR).toSeconds());
        Duration chosen = Duration.ofSeconds((seconds + 9) / 10 * 10);
        if (reviewPeriod.isPresent() && reviewPeriod.get().compareTo(chosen.plus(window)) < 0) {
            throw new IllegalStateException("The window would start at +" + DurationText.format(chosen)
                    + ", after the review period " + DurationText.format(reviewPeriod.get())
                    + ": an assignment cannot lie in the future; give a longer --review-period");
        }
        return chosen;
    }

    /**
     * The review period: as given, or {@code auto}: twice the window's start. The assignments then lie
     * as far before publication as the deadlines after it, and with the warning point at 75 % the
     * warnings fall due from half the window's start on, over a window as long as the breaches' and,
     * when that is at least twice the window, ending before the breaches begin: each measured on its own.
     */
    Duration reviewPeriod(Duration start) {
        return reviewPeriod.orElse(start.multipliedBy(2));
    }

    /** Whether, with the window starting at {@code start}, every warning point lies before publication: then warnings are overdue on arrival. */
    boolean warningsOverdueOnArrival(Duration start) {
        Duration beforeDeadline = Duration.ofMillis(Math.round(reviewPeriod(start).toMillis() * (1 - warnAt)));
        return beforeDeadline.compareTo(start.plus(window)) >= 0;
    }

    String describe() {
        return String.format(Locale.ROOT, "%d deadlines over %s, starting %s after the assignments' publication; "
                        + "review period %s, warning point at %.0f%% of it",
                deadlines, DurationText.format(window),
                windowStart.map(DurationText::format).orElse("at least " + DurationText.format(MIN_AUTO_START)),
                reviewPeriod.map(DurationText::format).orElse("twice that"), warnAt * 100);
    }
}
