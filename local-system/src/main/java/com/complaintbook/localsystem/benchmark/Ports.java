package com.complaintbook.localsystem.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * The benchmark's ports: the variable's value where one is set (the same variables as the local
 * run's), else a free port, so that a benchmark never collides with a local run on the documented ports.
 */
final class Ports {

    private Ports() {
    }

    static int port(Map<String, String> environment, String variable) {
        String value = environment.get(variable);
        return value == null || value.isBlank() ? free() : Integer.parseInt(value.strip());
    }

    /** Kafka's client port; its controller takes the next one up, so both must be free. */
    static int kafkaPort(Map<String, String> environment) {
        String value = environment.get("KAFKA_PORT");
        if (value != null && !value.isBlank()) {
            return Integer.parseInt(value.strip());
        }
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = free();
            if (port < 65535 && isFree(port + 1)) {
                return port;
            }
        }
        throw new IllegalStateException("Found no two free ports side by side for Kafka; set KAFKA_PORT");
    }

    private static int free() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port", e);
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket ignored = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
