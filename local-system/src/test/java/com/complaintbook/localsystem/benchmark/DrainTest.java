package com.complaintbook.localsystem.benchmark;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DrainTest {

    @Test
    void aStageIsReachedTheFirstTimeItsCountMeetsTheTargetAndNeverGoesBack() {
        DrainStage stage = DrainStage.named("visible");

        stage = stage.seen(50, 100, Duration.ofSeconds(1));
        assertThat(stage.reached()).isFalse();
        stage = stage.seen(100, 100, Duration.ofSeconds(2));
        stage = stage.seen(40, 100, Duration.ofSeconds(3));

        assertThat(stage.count()).isEqualTo(100);
        assertThat(stage.reachedAfter()).contains(Duration.ofSeconds(2));
    }

    @Test
    void aStageWhoseTargetMovesIsReachedWhenItCatchesUpWithIt() {
        DrainStage consumers = DrainStage.named("consumers");

        consumers = consumers.seen(80, 100, Duration.ofSeconds(1));
        consumers = consumers.seen(100, 120, Duration.ofSeconds(2));
        assertThat(consumers.reached()).isFalse();
        consumers = consumers.seen(120, 120, Duration.ofSeconds(3));

        assertThat(consumers.reachedAfter()).contains(Duration.ofSeconds(3));
    }

    @Test
    void theDrainIsCompleteWhenItsSlowestStageIs() {
        DrainStage assigned = new DrainStage("assigned", 10, 10, Optional.of(Duration.ofSeconds(4)));
        DrainStage visible = new DrainStage("visible", 10, 10, Optional.of(Duration.ofSeconds(3)));
        DrainStage mailed = new DrainStage("mailed", 9, 10, Optional.empty());
        DrainStage consumers = new DrainStage("consumers", 30, 40, Optional.empty());

        assertThat(new DrainResult(10, List.of(assigned, visible), consumers, Duration.ofSeconds(5)).complete())
                .contains(Duration.ofSeconds(4));
        assertThat(new DrainResult(10, List.of(assigned, visible, mailed), consumers, Duration.ofSeconds(5)).complete())
                .isEmpty();
    }

    @Test
    void readsReportingsStatusCounts() {
        assertThat(DrainWatch.counts("{\"SUBMITTED\":3,\"ASSIGNED\":12,\"ANSWERED\":0,\"CLOSED\":1}"))
                .contains(Map.of("SUBMITTED", 3L, "ASSIGNED", 12L, "ANSWERED", 0L, "CLOSED", 1L));
        assertThat(DrainWatch.counts("<html>")).isEmpty();
    }
}
