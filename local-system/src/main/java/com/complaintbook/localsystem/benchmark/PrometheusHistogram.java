package com.complaintbook.localsystem.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * One series of a histogram or summary as Micrometer exposes it to Prometheus: {@code name_count},
 * {@code name_sum}, {@code name_max} and, where the service publishes them, cumulative buckets
 * ({@code name_bucket{le=...}}) or client-side quantiles ({@code name{quantile=...}}).
 *
 * @param count     observations
 * @param sum       their sum, in the metric's unit
 * @param max       the largest, over Micrometer's decaying window (recent minutes), not the whole run
 * @param buckets   upper bound to the count at or below it; empty without published buckets
 * @param quantiles quantile to its value; empty without client-side quantiles
 */
record PrometheusHistogram(double count, double sum, OptionalDouble max, NavigableMap<Double, Double> buckets,
                           Map<Double, Double> quantiles) {

    /** Every series of the histogram {@code name}, by the value of {@code label} (e.g. {@code kind}), among those carrying it. */
    static Map<String, PrometheusHistogram> byLabel(PrometheusText metrics, String name, String label) {
        Map<String, PrometheusHistogram> histograms = new LinkedHashMap<>();
        for (PrometheusText.Sample count : metrics.series(name + "_count", Map.of())) {
            String value = count.labels().get(label);
            if (value != null) {
                histograms.put(value, of(metrics, name, Map.of(label, value)));
            }
        }
        return histograms;
    }

    static PrometheusHistogram of(PrometheusText metrics, String name, Map<String, String> labels) {
        NavigableMap<Double, Double> buckets = new TreeMap<>();
        for (PrometheusText.Sample bucket : metrics.series(name + "_bucket", labels)) {
            String bound = bucket.labels().get("le");
            if (bound != null) {
                buckets.merge(bound(bound), bucket.value(), Double::sum);
            }
        }
        Map<Double, Double> quantiles = new TreeMap<>();
        for (PrometheusText.Sample quantile : metrics.series(name, labels)) {
            String q = quantile.labels().get("quantile");
            if (q != null) {
                quantiles.put(Double.parseDouble(q), quantile.value());
            }
        }
        return new PrometheusHistogram(metrics.sum(name + "_count", labels).orElse(0),
                metrics.sum(name + "_sum", labels).orElse(0), max(metrics.series(name + "_max", labels)),
                buckets, quantiles);
    }

    private static double bound(String le) {
        return le.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le);
    }

    private static OptionalDouble max(List<PrometheusText.Sample> series) {
        return series.stream().mapToDouble(PrometheusText.Sample::value).max();
    }

    OptionalDouble mean() {
        return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / count);
    }

    /**
     * The {@code q} quantile as Prometheus's {@code histogram_quantile} estimates it from the buckets:
     * linear within the bucket the rank falls in, the lowest bucket starting at 0, and the highest
     * finite bound where the rank falls beyond it. Empty without buckets or observations.
     */
    OptionalDouble estimate(double q) {
        if (buckets.isEmpty() || count == 0) {
            return OptionalDouble.empty();
        }
        double total = buckets.lastEntry().getValue();
        double rank = q * total;
        double lowerBound = 0;
        double lowerCount = 0;
        for (Map.Entry<Double, Double> bucket : buckets.entrySet()) {
            if (bucket.getValue() >= rank) {
                if (bucket.getKey().isInfinite()) {
                    return OptionalDouble.of(lowerBound);
                }
                double inBucket = bucket.getValue() - lowerCount;
                double fraction = inBucket == 0 ? 1 : (rank - lowerCount) / inBucket;
                return OptionalDouble.of(lowerBound + (bucket.getKey() - lowerBound) * fraction);
            }
            lowerBound = bucket.getKey();
            lowerCount = bucket.getValue();
        }
        return OptionalDouble.of(lowerBound);
    }
}
