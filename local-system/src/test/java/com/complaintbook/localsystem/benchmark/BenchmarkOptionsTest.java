package com.complaintbook.localsystem.benchmark;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BenchmarkOptionsTest {

    @Test
    void withoutArgumentsItRuns64ClientsForAMinuteAfterTenSecondsOfWarmUp() {
        BenchmarkOptions options = BenchmarkOptions.parse(List.of());

        assertThat(options.clients()).isEqualTo(64);
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.countBounded()).isFalse();
        assertThat(options.warmup()).isEqualTo(Duration.ofSeconds(10));
        assertThat(options.drainTimeout()).isEqualTo(Duration.ofMinutes(15));
        assertThat(options.pacedDuration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.pacedRate(412.0)).isEqualTo(206.0);
    }

    @Test
    void thePacedLoadTakesAGivenRateOrCanBeLeftOut() {
        assertThat(BenchmarkOptions.parse(List.of("--paced-rate", "150")).pacedRate(412.0)).isEqualTo(150.0);
        assertThat(BenchmarkOptions.parse(List.of("--paced-duration", "0")).paced()).isFalse();
    }

    @Test
    void optionsTakeTheirValueAfterASpaceOrAnEqualsSign() {
        BenchmarkOptions options = BenchmarkOptions.parse(List.of("--clients", "16", "--duration=15s", "--warmup", "0",
                "--drain-timeout", "2m", "--request-timeout=500ms"));

        assertThat(options.clients()).isEqualTo(16);
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(15));
        assertThat(options.warmup()).isZero();
        assertThat(options.drainTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(options.requestTimeout()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aCountOfComplaintsReplacesTheDuration() {
        BenchmarkOptions options = BenchmarkOptions.parse(List.of("--complaints", "100_000"));

        assertThat(options.countBounded()).isTrue();
        assertThat(options.complaints()).isEqualTo(100_000);
        assertThat(options.measuredLoad()).isEqualTo("100000 requests");
    }

    @Test
    void aDurationAndACountTogetherAreRefused() {
        assertThatThrownBy(() -> BenchmarkOptions.parse(List.of("--duration", "10s", "--complaints", "5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not both");
    }

    @Test
    void wrongInputIsRefusedWithWhatWasWrong() {
        assertThatThrownBy(() -> BenchmarkOptions.parse(List.of("--clients", "0")))
                .hasMessageContaining("--clients must be at least 1");
        assertThatThrownBy(() -> BenchmarkOptions.parse(List.of("--clients", "many")))
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> BenchmarkOptions.parse(List.of("--duration", "soon")))
                .hasMessageContaining("Not a duration");
        assertThatThrownBy(() -> BenchmarkOptions.parse(List.of("--speed", "1")))
                .hasMessageContaining("Unknown option: --speed");
        assertThatThrownBy(() -> BenchmarkOptions.parse(List.of("--clients")))
                .hasMessageContaining("--clients needs a value");
        assertThatThrownBy(() -> BenchmarkOptions.parse(List.of("--duration", "0s")))
                .hasMessageContaining("longer than 0");
    }
}
