package com.complaintbook.localsystem;

import java.util.List;

/**
 * What {@code ./run-local} was asked for on its command line.
 *
 * @param reviewPeriods the shortened review periods and appeal window, or {@code null} for the
 *                      services' own (days, as in production)
 * @param help          print the usage and start nothing
 */
record LocalRunOptions(ReviewPeriods reviewPeriods, boolean help) {

    static final String USAGE = String.join("\n",
            "Usage: ./run-local [--short-deadlines]",
            "",
            "  --short-deadlines  review periods of minutes instead of days, to watch escalation work: "
                    + ReviewPeriods.SHORT.describe(),
            "  --help             this text");

    static LocalRunOptions parse(List<String> args) {
        ReviewPeriods periods = null;
        boolean help = false;
        for (String arg : args) {
            switch (arg) {
                case "--short-deadlines" -> periods = ReviewPeriods.SHORT;
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("Unknown option " + arg);
            }
        }
        return new LocalRunOptions(periods, help);
    }

    /** {@code settings} as these options change them. */
    LocalSystemSettings applyTo(LocalSystemSettings settings) {
        return reviewPeriods == null ? settings : reviewPeriods.applyTo(settings);
    }
}
