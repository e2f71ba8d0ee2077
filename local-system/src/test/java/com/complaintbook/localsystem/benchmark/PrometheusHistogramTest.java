package com.complaintbook.localsystem.benchmark;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PrometheusHistogramTest {

    private static final String SCRAPE = """
            # HELP complaintbook_escalation_lateness_seconds How late a timer fired
            # TYPE complaintbook_escalation_lateness_seconds histogram
            complaintbook_escalation_lateness_seconds_bucket{application="escalation-service",kind="breach",le="0.1"} 40
            complaintbook_escalation_lateness_seconds_bucket{application="escalation-service",kind="breach",le="0.5"} 90
            complaintbook_escalation_lateness_seconds_bucket{application="escalation-service",kind="breach",le="1.0"} 100
            complaintbook_escalation_lateness_seconds_bucket{application="escalation-service",kind="breach",le="+Inf"} 100
            complaintbook_escalation_lateness_seconds_count{application="escalation-service",kind="breach"} 100
            complaintbook_escalation_lateness_seconds_sum{application="escalation-service",kind="breach"} 20.0
            complaintbook_escalation_lateness_seconds_max{application="escalation-service",kind="breach"} 0.93
            complaintbook_escalation_lateness_seconds{application="escalation-service",kind="warn",quantile="0.5"} 0.02
            complaintbook_escalation_lateness_seconds{application="escalation-service",kind="warn",quantile="0.99"} 0.3
            complaintbook_escalation_lateness_seconds_count{application="escalation-service",kind="warn"} 10
            complaintbook_escalation_lateness_seconds_sum{application="escalation-service",kind="warn"} 0.5
            complaintbook_escalation_lateness_seconds_max{application="escalation-service",kind="warn"} 0.31
            """;

    @Test
    void readsEachKindsCountSumAndMax() {
        Map<String, PrometheusHistogram> kinds = PrometheusHistogram.byLabel(PrometheusText.parse(SCRAPE),
                "complaintbook_escalation_lateness_seconds", "kind");

        assertThat(kinds).containsOnlyKeys("breach", "warn");
        assertThat(kinds.get("breach").count()).isEqualTo(100);
        assertThat(kinds.get("breach").mean()).hasValue(0.2);
        assertThat(kinds.get("breach").max()).hasValue(0.93);
        assertThat(kinds.get("warn").quantiles()).containsEntry(0.99, 0.3);
        assertThat(kinds.get("warn").buckets()).isEmpty();
    }

    @Test
    void estimatesAQuantileWithinItsBucketAsPrometheusDoes() {
        PrometheusHistogram breach = PrometheusHistogram.byLabel(PrometheusText.parse(SCRAPE),
                "complaintbook_escalation_lateness_seconds", "kind").get("breach");

        // Rank 50 lies in (0.1, 0.5], 10 of its 50 observations in: 0.1 + 0.4 * 10 / 50.
        assertThat(breach.estimate(0.5)).hasValueCloseTo(0.18, within(1e-9));
        // Rank 99 lies in (0.5, 1.0], 9 of its 10 in.
        assertThat(breach.estimate(0.99)).hasValueCloseTo(0.95, within(1e-9));
        // Rank 20 lies in the first bucket, which starts at 0.
        assertThat(breach.estimate(0.2)).hasValueCloseTo(0.05, within(1e-9));
    }

    @Test
    void aRankBeyondTheLastFiniteBoundIsThatBound() {
        PrometheusHistogram histogram = PrometheusHistogram.of(PrometheusText.parse("""
                late_seconds_bucket{le="1.0"} 5
                late_seconds_bucket{le="+Inf"} 10
                late_seconds_count 10
                late_seconds_sum 40
                """), "late_seconds", Map.of());

        assertThat(histogram.estimate(0.99)).hasValue(1.0);
    }

    @Test
    void withoutBucketsThereIsNoEstimate() {
        PrometheusHistogram warn = PrometheusHistogram.byLabel(PrometheusText.parse(SCRAPE),
                "complaintbook_escalation_lateness_seconds", "kind").get("warn");

        assertThat(warn.estimate(0.5)).isEmpty();
    }
}
