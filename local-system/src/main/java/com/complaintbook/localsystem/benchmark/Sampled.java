package com.complaintbook.localsystem.benchmark;

import java.util.OptionalDouble;

/**
 * One figure sampled over a run: its first, highest and latest values. Whether memory stays flat
 * is read from first against last, with the peak to show how far it went in between.
 */
final class Sampled {

    private double first = Double.NaN;
    private double peak = Double.NaN;
    private double last = Double.NaN;

    synchronized void add(double value) {
        if (Double.isNaN(first)) {
            first = value;
        }
        if (Double.isNaN(peak) || value > peak) {
            peak = value;
        }
        last = value;
    }

    synchronized OptionalDouble first() {
        return Double.isNaN(first) ? OptionalDouble.empty() : OptionalDouble.of(first);
    }

    synchronized OptionalDouble peak() {
        return Double.isNaN(peak) ? OptionalDouble.empty() : OptionalDouble.of(peak);
    }

    synchronized OptionalDouble last() {
        return Double.isNaN(last) ? OptionalDouble.empty() : OptionalDouble.of(last);
    }
}
