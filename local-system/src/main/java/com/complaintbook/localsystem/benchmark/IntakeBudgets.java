package com.complaintbook.localsystem.benchmark;

import java.util.Map;

/**
 * Intake's request budgets for the benchmark, raised far beyond anything the load can spend, so that
 * the run measures intake and not its rate limiter. They are environment variables on intake's
 * process, as an operator would set them on its container, and win over intake's
 * {@code application.yml} ({@code complaintbook.intake.rate-limits.per-api-key}).
 *
 * <p>This is the one place to change when intake's budgets change shape (per-client budgets are on
 * their way). If a change here is missed, the report shows it: refusals appear among the errors as
 * {@code HTTP 429}, and intake's own count of limited requests is printed.
 */
final class IntakeBudgets {

    static final Map<String, String> RAISED = Map.of(
            "COMPLAINTBOOK_INTAKE_RATELIMITS_PERAPIKEY_BURST", "1000000000",
            "COMPLAINTBOOK_INTAKE_RATELIMITS_PERAPIKEY_PERIOD", "1s");

    /** Intake's count of requests refused for an empty budget. */
    static final String LIMITED = "complaintbook_intake_requests_limited_total";

    private IntakeBudgets() {
    }
}
