package com.complaintbook.reporting.domain;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StatusCountsTest {

    @Test
    void everyStatusIsNamedEvenWhenNoComplaintStandsThere() {
        StatusCounts counts = new StatusCounts(Map.of(ComplaintStatus.ASSIGNED, 2L));

        assertThat(counts.counts()).containsOnlyKeys(ComplaintStatus.values());
        assertThat(counts.of(ComplaintStatus.ASSIGNED)).isEqualTo(2);
        assertThat(counts.of(ComplaintStatus.ESCALATED)).isZero();
        assertThat(counts.of(ComplaintStatus.CLOSED)).isZero();
    }
}
