package com.complaintbook.localsystem.benchmark;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalLong;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class CommandTallyTest {

    private static final long DUE = 1_000_000L;

    @Test
    void latenessPercentilesAreTheNearestRankOfEveryFirstCopy() {
        CommandTally tally = new CommandTally();
        List<String> complaints = LongStream.rangeClosed(1, 100).mapToObj(i -> "c" + i).toList();
        for (int i = 1; i <= 100; i++) {
            // Complaint i is i milliseconds late: p50 is the 50th value, p99 the 99th.
            tally.add(CommandWatch.ESCALATE, "c" + i + ":breach:0", "c" + i, DUE + i, OptionalLong.of(DUE));
        }

        CommandTally.Summary summary = tally.summary(CommandWatch.ESCALATE, complaints);

        assertThat(summary.lateness().p50()).hasValue(50);
        assertThat(summary.lateness().p99()).hasValue(99);
        assertThat(summary.lateness().max()).hasValue(100);
        assertThat(summary.lateness().min()).hasValue(1);
        assertThat(summary.lateness().count()).isEqualTo(100);
        assertThat(summary.records()).isEqualTo(100);
        assertThat(summary.missing()).isZero();
        assertThat(summary.duplicates()).isZero();
    }

    @Test
    void aSecondRecordOfACommandIsADuplicateAndDoesNotCountItsLatenessAgain() {
        CommandTally tally = new CommandTally();
        tally.add(CommandWatch.ESCALATE, "a:breach:0", "a", DUE + 10, OptionalLong.of(DUE));
        tally.add(CommandWatch.ESCALATE, "a:breach:0", "a", DUE + 5_000, OptionalLong.of(DUE));

        CommandTally.Summary summary = tally.summary(CommandWatch.ESCALATE, List.of("a"));

        assertThat(summary.records()).isEqualTo(2);
        assertThat(summary.distinct()).isEqualTo(1);
        assertThat(summary.duplicates()).isEqualTo(1);
        assertThat(summary.lateness().max()).hasValue(10);
        assertThat(summary.last()).hasValue(DUE + 5_000);
    }

    @Test
    void tellsMissingUnexpectedAndEarlyCommandsApart() {
        CommandTally tally = new CommandTally();
        tally.add(CommandWatch.ESCALATE, "a:breach:0", "a", DUE - 3, OptionalLong.of(DUE));
        tally.add(CommandWatch.ESCALATE, "x:breach:0", "x", DUE + 1, OptionalLong.of(DUE));
        tally.add(CommandWatch.ESCALATE, "b:breach:0", "b", DUE + 1, OptionalLong.empty());

        CommandTally.Summary summary = tally.summary(CommandWatch.ESCALATE, List.of("a", "b", "c"));

        assertThat(summary.missing()).isEqualTo(1);
        assertThat(summary.unexpected()).isEqualTo(1);
        assertThat(summary.lateness().early()).isEqualTo(1);
        assertThat(summary.lateness().min()).hasValue(-3);
        assertThat(summary.withoutDue()).isEqualTo(1);
    }

    @Test
    void aTypeNeverSeenHasNoFiguresAndEveryComplaintMissing() {
        CommandTally tally = new CommandTally();
        tally.add(CommandWatch.WARN, "a:warn:0", "a", DUE, OptionalLong.of(DUE));

        CommandTally.Summary summary = tally.summary(CommandWatch.ESCALATE, List.of("a", "b"));

        assertThat(summary.records()).isZero();
        assertThat(summary.missing()).isEqualTo(2);
        assertThat(summary.lateness().p50()).isEmpty();
        assertThat(summary.first()).isEmpty();
        assertThat(tally.records()).containsOnlyKeys(CommandWatch.WARN);
    }

    @Test
    void measuresApartTheCommandsDueFromAMoment() {
        CommandTally tally = new CommandTally();
        // Due before the service had read everything: late by its reading, not by its timers.
        tally.add(CommandWatch.ESCALATE, "a:breach:0", "a", DUE + 60_000, OptionalLong.of(DUE));
        tally.add(CommandWatch.ESCALATE, "b:breach:0", "b", DUE + 1_000 + 7, OptionalLong.of(DUE + 1_000));
        tally.add(CommandWatch.ESCALATE, "c:breach:0", "c", DUE + 2_000 + 9, OptionalLong.of(DUE + 2_000));

        CommandTally.Lateness afterReading = tally.latenessDueFrom(CommandWatch.ESCALATE, DUE + 1_000);

        assertThat(afterReading.count()).isEqualTo(2);
        assertThat(afterReading.max()).hasValue(9);
        assertThat(afterReading.p50()).hasValue(7);
        assertThat(tally.summary(CommandWatch.ESCALATE, List.of("a", "b", "c")).lateness().max()).hasValue(60_000);
    }

    @Test
    void theNearestRankOfOneValueIsThatValue() {
        assertThat(CommandTally.percentile(new long[]{7}, 99)).hasValue(7);
        assertThat(CommandTally.percentile(new long[]{}, 50)).isEmpty();
        assertThat(CommandTally.percentile(new long[]{1, 2, 3, 4}, 50)).hasValue(2);
        assertThat(CommandTally.percentile(new long[]{1, 2, 3, 4}, 100)).hasValue(4);
    }
}
