package com.complaintbook.localsystem.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SampledTest {

    @Test
    void keepsTheFirstTheHighestAndTheLatestValue() {
        Sampled heap = new Sampled();
        heap.add(100);
        heap.add(300);
        heap.add(120);

        assertThat(heap.first()).hasValue(100);
        assertThat(heap.peak()).hasValue(300);
        assertThat(heap.last()).hasValue(120);
    }

    @Test
    void isEmptyUntilSampled() {
        Sampled never = new Sampled();

        assertThat(never.first()).isEmpty();
        assertThat(never.peak()).isEmpty();
        assertThat(never.last()).isEmpty();
    }
}
