package com.complaintbook.localsystem.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The samples of a Prometheus text exposition ({@code /actuator/prometheus}), enough to add up one
 * metric's series: {@code name{label="value",...} number}. Comments, timestamps and exemplars are
 * ignored.
 */
final class PrometheusText {

    private final List<Sample> samples;

    private PrometheusText(List<Sample> samples) {
        this.samples = samples;
    }

    /** One series' current value. */
    record Sample(String name, Map<String, String> labels, double value) {
    }

    static PrometheusText parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                Sample sample = sample(line.strip());
                if (sample != null) {
                    samples.add(sample);
                }
            }
        }
        return new PrometheusText(samples);
    }

    /** The sum over every series of {@code name} whose labels include all of {@code labels}; empty if none. */
    OptionalDouble sum(String name, Map<String, String> labels) {
        boolean found = false;
        double sum = 0;
        for (Sample sample : samples) {
            if (sample.name().equals(name) && sample.labels().entrySet().containsAll(labels.entrySet())) {
                found = true;
                sum += sample.value();
            }
        }
        return found ? OptionalDouble.of(sum) : OptionalDouble.empty();
    }

    /** Every series of {@code name} whose labels include all of {@code labels}, in the order exposed. */
    List<Sample> series(String name, Map<String, String> labels) {
        return samples.stream()
                .filter(sample -> sample.name().equals(name) && sample.labels().entrySet().containsAll(labels.entrySet()))
                .toList();
    }

    OptionalDouble sum(String name) {
        return sum(name, Map.of());
    }

    /** Every metric whose name matches, each added up over its series, by name. */
    Map<String, Double> sums(Predicate<String> names) {
        Map<String, Double> sums = new TreeMap<>();
        for (Sample sample : samples) {
            if (names.test(sample.name())) {
                sums.merge(sample.name(), sample.value(), Double::sum);
            }
        }
        return sums;
    }

    private static Sample sample(String line) {
        int brace = line.indexOf('{');
        int space = line.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String name;
        Map<String, String> labels = new LinkedHashMap<>();
        String rest;
        if (brace >= 0 && brace < space) {
            name = line.substring(0, brace);
            int end = labels(line, brace + 1, labels);
            rest = line.substring(end + 1).strip();
        } else {
            name = line.substring(0, space);
            rest = line.substring(space + 1).strip();
        }
        String value = rest.split("\\s+")[0];
        try {
            return new Sample(name, labels, Double.parseDouble(value.replace("+Inf", "Infinity").replace("-Inf", "-Infinity")));
        } catch (NumberFormatException notASample) {
            return null;
        }
    }

    /** Reads {@code label="value",...} from {@code start} into {@code labels}; returns the index of the closing brace. */
    private static int labels(String line, int start, Map<String, String> labels) {
        int i = start;
        while (i < line.length() && line.charAt(i) != '}') {
            int equals = line.indexOf('=', i);
            String label = line.substring(i, equals).strip();
            StringBuilder value = new StringBuilder();
            int j = equals + 2;
            while (j < line.length() && line.charAt(j) != '"') {
                char c = line.charAt(j);
                if (c == '\\' && j + 1 < line.length()) {
                    char escaped = line.charAt(++j);
                    value.append(escaped == 'n' ? '\n' : escaped);
                } else {
                    value.append(c);
                }
                j++;
            }
            labels.put(label, value.toString());
            i = j + 1;
            if (i < line.length() && line.charAt(i) == ',') {
                i++;
            }
        }
        return i;
    }
}
