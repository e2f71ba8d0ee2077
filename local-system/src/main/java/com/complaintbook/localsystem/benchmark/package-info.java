/**
 * The load benchmark ({@code ./benchmark}): starts the whole system with production JVM settings in a
 * throwaway folder, measures a minimal reference endpoint and then intake's submission API with the
 * same closed-loop clients on the same broker, follows the accepted complaints until routing,
 * reporting and notification have all handled them, and reports throughput, latency, errors, drain
 * times, lag and each process's memory. With {@code --escalation} ({@link
 * com.complaintbook.localsystem.benchmark.EscalationBenchmarkMain}), escalation-service alone instead:
 * N open deadlines published as intake would, and how late each escalation is sent. Measurements to
 * run by hand, not tests: nothing here runs in {@code ./mvnw verify} except the unit tests of their
 * pure parts.
 */
package com.complaintbook.localsystem.benchmark;
