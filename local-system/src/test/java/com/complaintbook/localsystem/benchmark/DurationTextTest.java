package com.complaintbook.localsystem.benchmark;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class DurationTextTest {

    @Test
    void readsEachUnitAndTakesABareNumberForSeconds() {
        assertThat(DurationText.parse("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(DurationText.parse("15s")).isEqualTo(Duration.ofSeconds(15));
        assertThat(DurationText.parse("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(DurationText.parse("1H")).isEqualTo(Duration.ofHours(1));
        assertThat(DurationText.parse(" 30 ")).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void writesSecondsWithOneDecimal() {
        assertThat(DurationText.format(Duration.ofMillis(61_250))).isEqualTo("61.3 s");
        assertThat(DurationText.format(Duration.ZERO)).isEqualTo("0.0 s");
    }
}
