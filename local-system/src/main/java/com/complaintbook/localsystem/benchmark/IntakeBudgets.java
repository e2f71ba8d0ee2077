package com.complaintbook.localsystem.benchmark;

import java.util.Map;

/**
 * Intake's request budgets for the benchmark, raised far beyond anything the load can spend, so that
 * the run measures intake and not its rate limiter. They are environment variables on intake's
 * process, as an operator would set them on its container, and win over intake's
 * {@code application.yml}: the default per-client budget, the per-visitor budget (every request
 * comes from one address), and the website client's own budget. A client's budget sits in intake's
 * list of API clients, and a list is read from one source only, so the benchmark hands intake the
 * whole list, as ops do ({@code SPRING_APPLICATION_JSON}): the local run's website key, unlimited.
 *
 * <p>This is the one place to change when intake's budgets change shape. If a change here is missed,
 * the report shows it: refusals appear among the errors as {@code HTTP 429}, and intake's own count
 * of limited requests is printed.
 */
final class IntakeBudgets {

    static final Map<String, String> RAISED = Map.of(
            "COMPLAINTBOOK_INTAKE_RATELIMITS_PERAPIKEY_BURST", "1000000000",
            "COMPLAINTBOOK_INTAKE_RATELIMITS_PERAPIKEY_PERIOD", "1s",
            "COMPLAINTBOOK_INTAKE_RATELIMITS_PERENDUSER_BURST", "1000000000",
            "COMPLAINTBOOK_INTAKE_RATELIMITS_PERENDUSER_PERIOD", "1s",
            "SPRING_APPLICATION_JSON", """
                    {"complaintbook": {"intake": {"api-clients": {"clients": [{"id": "website", "channel": "website",
                     "key-sha256": "77dfe46e13278f5ce1f3445727ec406131c520e4de9194b37b6c0ff17c7ee54b",
                     "budget": {"burst": 1000000000, "period": "1s"}}]}}}}""");

    /** Intake's count of requests refused for an empty budget. */
    static final String LIMITED = "complaintbook_intake_requests_limited_total";

    private IntakeBudgets() {
    }
}
