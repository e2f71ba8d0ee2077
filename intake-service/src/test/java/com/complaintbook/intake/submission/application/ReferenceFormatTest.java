package com.complaintbook.intake.submission.application;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceFormatTest {

    private final ReferenceFormat format = new ReferenceFormat("KB", ZoneId.of("Europe/Kyiv"));

    @Test
    void aReferenceIsThePrefixTheYearAndTheNumberPaddedToSixDigits() {
        assertThat(format.format(4213, Instant.parse("2026-03-14T10:00:00Z"))).isEqualTo("KB-26-004213");
        assertThat(format.format(1, Instant.parse("2031-03-14T10:00:00Z"))).isEqualTo("KB-31-000001");
    }

    @Test
    void numbersPastSixDigitsKeepEveryDigit() {
        assertThat(format.format(12_345_678, Instant.parse("2026-03-14T10:00:00Z"))).isEqualTo("KB-26-12345678");
    }

    @Test
    void theYearIsTheOneInTheRetailersTimeZone() {
        // 23:30 UTC on New Year's Eve is already the new year in Kyiv.
        assertThat(format.format(7, Instant.parse("2026-12-31T23:30:00Z"))).isEqualTo("KB-27-000007");
    }

    @Test
    void whatItWritesIsWhatItRecognises() {
        assertThat(ReferenceFormat.looksLikeReference(format.format(42, Instant.parse("2026-03-14T10:00:00Z")))).isTrue();
        assertThat(ReferenceFormat.looksLikeReference("c1c52f06-8bed-4bed-9561-daa9b7810f3b")).isFalse();
        assertThat(ReferenceFormat.looksLikeReference("KB-26-42")).isFalse();
    }

    @Test
    void aPrefixIsOneToFourCapitalLetters() {
        assertThatThrownBy(() -> new ReferenceFormat("kb", ZoneId.of("UTC"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReferenceFormat("ABCDE", ZoneId.of("UTC"))).isInstanceOf(IllegalArgumentException.class);
    }
}
