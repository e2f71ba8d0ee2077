package com.complaintbook.localsystem;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Stopping a child JVM the way an operator would: ask politely, then insist. */
public final class ChildProcesses {

    private ChildProcesses() {
    }

    /**
     * Sends SIGTERM, so the child shuts down gracefully (Spring Boot drains requests and listeners;
     * Kafka flushes its log), and kills it only if it has not gone within {@code grace}.
     */
    public static void stop(Process process, Duration grace) {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
