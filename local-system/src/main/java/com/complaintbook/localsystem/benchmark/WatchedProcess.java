package com.complaintbook.localsystem.benchmark;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A process whose memory the benchmark follows.
 *
 * @param name    how the report calls it
 * @param handle  the process
 * @param service where it serves {@code /actuator/prometheus}, for a Spring service
 * @param family  whether its children belong to it (PostgreSQL's backends), so their memory is added up too
 * @param gauges  metrics of its own to follow besides memory, by their Prometheus names
 */
record WatchedProcess(String name, ProcessHandle handle, Optional<URI> service, boolean family, List<String> gauges) {

    WatchedProcess {
        gauges = List.copyOf(gauges);
    }

    static WatchedProcess plain(String name, ProcessHandle handle) {
        return new WatchedProcess(name, handle, Optional.empty(), false, List.of());
    }

    boolean isThisJvm() {
        return handle.pid() == ProcessHandle.current().pid();
    }
}
