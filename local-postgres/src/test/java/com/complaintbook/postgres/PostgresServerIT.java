package com.complaintbook.postgres;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server a newcomer's local run and every database test stand on. */
class PostgresServerIT {

    @TempDir
    Path folder;

    @BeforeEach
    void reachableByTheServersAccount() throws Exception {
        // Under root the server runs as nobody, who must be able to pass through this folder.
        if (!System.getProperty("os.name").startsWith("Windows")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx--x--x"));
        }
    }

    @Test
    void whatOneRunStoresTheNextRunFinds() throws Exception {
        PostgresServer.Settings settings = settings();
        try (PostgresServer server = PostgresServer.start(settings)) {
            server.createDatabase("intake");
            server.createDatabase("intake");
            try (Connection connection = server.connect("intake"); Statement sql = connection.createStatement()) {
                sql.execute("CREATE TABLE complaint (id text PRIMARY KEY)");
                sql.execute("INSERT INTO complaint VALUES ('kept')");
            }
        }

        try (PostgresServer server = PostgresServer.start(settings);
             Connection connection = server.connect("intake");
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT id FROM complaint")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("kept");
        }
    }

    @Test
    void aStoppedServerTakesNoConnections() throws Exception {
        PostgresServer server = PostgresServer.startThrowaway();
        assertThat(server.isRunning()).isTrue();

        server.close();

        assertThat(server.isRunning()).isFalse();
        assertThatThrownBy(() -> server.connect("postgres")).isInstanceOf(java.sql.SQLException.class);
    }

    @Test
    void aDatabaseNameIsNeverSqlOfItsOwn() throws Exception {
        try (PostgresServer server = PostgresServer.startThrowaway()) {
            assertThatThrownBy(() -> server.createDatabase("x; DROP DATABASE postgres"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private PostgresServer.Settings settings() {
        return new PostgresServer.Settings(folder.resolve("data"), 0, folder.resolve("postgres.log"),
                PostgresServer.Settings.defaultBinariesCache(), Map.of("max_connections", "50"));
    }
}
