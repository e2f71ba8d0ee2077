package com.complaintbook.localsystem.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the escalation benchmark's report prints.
 *
 * @param windowStart        how long after {@code published} the first deadline fell
 * @param published          when the assignments' publication began: the window counts from here
 * @param readInTime         whether escalation had read every assignment before the first deadline
 * @param readAll            when escalation had read every assignment
 * @param escalations        the {@code EscalateComplaint} commands
 * @param escalationsDueAfterRead the lateness of those due once escalation had read every assignment
 * @param warnings           the {@code WarnOfDeadline} commands
 * @param warningsDueAfterRead the lateness of those due once escalation had read every assignment
 * @param commandRecords     records per command type, every type seen
 * @param unreadable         records on the commands topic that were no command envelope
 * @param deadlineMismatches escalations naming a missed deadline other than the one published
 * @param timestampType      whose clock the records' timestamps are on
 * @param metrics            escalation's {@code /actuator/prometheus} at the end, if it answered
 */
record EscalationFigures(EscalationOptions options, Duration windowStart, Instant published, EscalationBenchmark.Reading submitted,
                         EscalationBenchmark.Reading assigned, boolean readInTime, Instant readAll,
                         CommandTally.Summary escalations, CommandTally.Lateness escalationsDueAfterRead,
                         CommandTally.Summary warnings, CommandTally.Lateness warningsDueAfterRead,
                         Map<String, Long> commandRecords, long unreadable,
                         long deadlineMismatches, String timestampType, Optional<PrometheusText> metrics,
                         ResourceSampler resources, List<LogScan> logs, Path logDirectory) {
}
