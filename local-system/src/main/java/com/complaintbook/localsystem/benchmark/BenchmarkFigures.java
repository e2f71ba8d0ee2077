package com.complaintbook.localsystem.benchmark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Everything one run measured, for the report.
 *
 * @param reference       the reference endpoint's measured load
 * @param intake          intake's measured load
 * @param paced           intake's open-loop load at a fixed rate below what it sustained, if one was run
 * @param drain           how the pipeline caught up after intake's load
 * @param endToEnd        from intake's first request (warm-up included) until every accepted complaint was
 *                        assigned, visible and acknowledged; empty if that never happened
 * @param resources       memory, gauges and lag sampled over the run
 * @param intakeLimited   intake's count of requests refused by its budgets, at the end
 * @param trouble         each service's counts of events, commands or messages dead-lettered, parked,
 *                        refused or failed, at the end, by service and metric; only those above zero
 *                        (skips are left out: routing and escalation skip the events not meant for them)
 * @param logs            log files with errors in them
 * @param logDirectory    where every process's log is kept
 */
record BenchmarkFigures(LoadResult reference, LoadResult intake, Optional<PacedResult> paced, DrainResult drain,
                        Optional<Duration> endToEnd, ResourceSampler resources, OptionalDouble intakeLimited,
                        Map<String, Map<String, Double>> trouble, List<LogScan> logs, Path logDirectory) {
}
