package com.complaintbook.localsystem.benchmark;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PrometheusTextTest {

    private static final String SCRAPE = """
            # HELP jvm_memory_used_bytes The amount of used memory
            # TYPE jvm_memory_used_bytes gauge
            jvm_memory_used_bytes{application="intake-service",area="heap",id="G1 Eden Space"} 1.048576E7
            jvm_memory_used_bytes{application="intake-service",area="heap",id="G1 Old Gen"} 2.097152E7
            jvm_memory_used_bytes{application="intake-service",area="nonheap",id="Metaspace"} 9.9E7
            complaintbook_intake_publication_behind{application="intake-service"} 42.0
            complaintbook_notification_messages_sent_total{application="notification-service",channel="email",language="uk",purpose="complaint-received"} 7.0
            complaintbook_notification_messages_sent_total{application="notification-service",channel="email",language="en",purpose="complaint-received"} 5.0
            complaintbook_notification_messages_sent_total{application="notification-service",channel="email",language="uk",purpose="complaint-assigned"} 12.0
            odd_label_total{path="/a,b",text="say \\"hi\\""} 3 1700000000000
            """;

    @Test
    void addsUpTheSeriesWhoseLabelsMatch() {
        PrometheusText metrics = PrometheusText.parse(SCRAPE);

        assertThat(metrics.sum("jvm_memory_used_bytes", Map.of("area", "heap"))).hasValue(3.145728E7);
        assertThat(metrics.sum("complaintbook_notification_messages_sent_total", Map.of("purpose", "complaint-received"))).hasValue(12.0);
        assertThat(metrics.sum("complaintbook_intake_publication_behind")).hasValue(42.0);
    }

    @Test
    void readsQuotedCommasAndEscapesAndIgnoresTimestamps() {
        PrometheusText metrics = PrometheusText.parse(SCRAPE);

        assertThat(metrics.sum("odd_label_total", Map.of("path", "/a,b", "text", "say \"hi\""))).hasValue(3.0);
    }

    @Test
    void addsUpEveryMetricWhoseNameMatchesByName() {
        PrometheusText metrics = PrometheusText.parse(SCRAPE);

        assertThat(metrics.sums(name -> name.endsWith("_total")))
                .isEqualTo(Map.of("complaintbook_notification_messages_sent_total", 24.0, "odd_label_total", 3.0));
    }

    @Test
    void aMetricThatIsNotThereIsEmptyNotZero() {
        PrometheusText metrics = PrometheusText.parse(SCRAPE);

        assertThat(metrics.sum("jvm_memory_used_bytes", Map.of("area", "off-heap"))).isEmpty();
        assertThat(metrics.sum("no_such_metric")).isEmpty();
    }
}
