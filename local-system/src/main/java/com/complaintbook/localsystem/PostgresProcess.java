package com.complaintbook.localsystem;

import com.complaintbook.postgres.PostgresServer;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * A real PostgreSQL server in a process of its own, holding a database for each service that keeps
 * its data in PostgreSQL. The local run keeps the data below the data folder and listens on the
 * documented port; a non-persistent run (the end-to-end test) gets a throwaway server on a free
 * port, in a temporary folder that the unprivileged account the server runs as under root can reach.
 */
final class PostgresProcess implements AutoCloseable {

    /** The services whose data lives in PostgreSQL; every other service keeps to MongoDB. */
    private static final List<String> SERVICES = List.of("intake-service");

    private final LocalSystemSettings settings;
    private PostgresServer server;

    PostgresProcess(LocalSystemSettings settings) {
        this.settings = settings;
    }

    /** Starts the server and creates each service's database unless it exists. */
    synchronized void start() throws IOException, InterruptedException {
        server = settings.persistent() ? PostgresServer.start(keptSettings()) : PostgresServer.startThrowaway();
        for (String service : SERVICES) {
            try {
                server.createDatabase(database(service));
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create the database " + database(service) + " in PostgreSQL",
                        e);
            }
        }
    }

    private PostgresServer.Settings keptSettings() {
        Path home = settings.dataDirectory().resolve("postgres");
        return new PostgresServer.Settings(home.resolve("data"), settings.postgresPort(),
                settings.logDirectory().resolve("postgres.log"), PostgresServer.Settings.defaultBinariesCache(),
                Map.of());
    }

    ProcessHandle processHandle() {
        return server.processHandle();
    }

    String jdbcUrl(String database) {
        return server.jdbcUrl(database);
    }

    private static String database(String service) {
        return service.replace("-service", "");
    }

    /**
     * The settings a service reads to reach its own database, as an operator would give them to its
     * container; nothing for a service without one.
     */
    Map<String, String> environmentFor(String service) {
        if (!SERVICES.contains(service)) {
            return Map.of();
        }
        return Map.of(
                "SPRING_DATASOURCE_URL", jdbcUrl(database(service)),
                "SPRING_DATASOURCE_USERNAME", PostgresServer.USER,
                // Trust authentication on localhost: the local server has no passwords.
                "SPRING_DATASOURCE_PASSWORD", "");
    }

    /**
     * Stops the server. Synchronized with {@link #start()}: a stop that arrives while the server is
     * still starting waits for it, so that the server is stopped rather than left running on its own.
     */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
        }
    }
}
