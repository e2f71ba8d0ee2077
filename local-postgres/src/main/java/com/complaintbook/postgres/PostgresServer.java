package com.complaintbook.postgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server in a process of its own, on localhost, with trust authentication for
 * the {@code postgres} superuser. The data folder is initialised on first use and kept, so a
 * second start finds what the first one stored; a test passes a fresh folder and gets an empty
 * server.
 *
 * <p>{@link #close()} asks for a fast shutdown (open sessions are ended, the data is flushed), and
 * kills the process only if it does not go.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String USER = "postgres";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final Settings settings;
    private final RunAs runAs;
    private PostgresBinaries binaries;
    private int port;
    private Process process;

    private final Path throwawayFolder;

    private PostgresServer(Settings settings, RunAs runAs, Path throwawayFolder) {
        this.settings = settings;
        this.runAs = runAs;
        this.throwawayFolder = throwawayFolder;
    }

    /**
     * What to run.
     *
     * @param dataDirectory    the cluster's folder; created and initialised when empty
     * @param port             the TCP port on localhost, or 0 for any free one
     * @param logFile          where the server's own log goes
     * @param binariesCache    where the binaries are unpacked, shared by every run on the machine
     * @param serverSettings   extra {@code postgresql.conf} settings, e.g. {@code max_connections}
     */
    public record Settings(Path dataDirectory, int port, Path logFile, Path binariesCache,
                           Map<String, String> serverSettings) {

        public Settings {
            serverSettings = Map.copyOf(serverSettings);
        }

        /** The binaries cache every run on this machine shares, under the system's temporary folder. */
        public static Path defaultBinariesCache() {
            return Path.of(System.getProperty("java.io.tmpdir"), "complaint-book-postgres");
        }
    }

    /** Starts a server and waits until it accepts connections. */
    public static PostgresServer start(Settings settings) throws IOException, InterruptedException {
        return start(new PostgresServer(settings, RunAs.forThisProcess(), null));
    }

    /**
     * Starts an empty server for one test run, on a free port, in a temporary folder that goes when
     * the server is closed. Durability is traded for speed: a test's data need not survive a crash.
     */
    public static PostgresServer startThrowaway() throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("complaint-book-postgres-");
        if (!PostgresBinaries.isWindows()) {
            // Reachable by the unprivileged account the server runs as under root; readable by no one else.
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx--x--x"));
        }
        Settings settings = new Settings(folder.resolve("data"), 0, folder.resolve("postgres.log"),
                Settings.defaultBinariesCache(), Map.of("fsync", "off", "synchronous_commit", "off",
                "full_page_writes", "off", "max_connections", "200"));
        return start(new PostgresServer(settings, RunAs.forThisProcess(), folder));
    }

    private static PostgresServer start(PostgresServer server) throws IOException, InterruptedException {
        try {
            server.startProcess();
        } catch (IOException | InterruptedException | RuntimeException failure) {
            server.close();
            throw failure;
        }
        return server;
    }

    public int port() {
        return port;
    }

    /** The JDBC URL of one database on this server. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    /** Creates the database unless it exists; services then create their own tables in it. */
    public void createDatabase(String name) throws SQLException {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = connect("postgres");
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet found = exists.executeQuery()) {
                if (found.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + name);
            }
        }
    }

    /** A connection as the superuser, for setting up and for tests that look at what was stored. */
    public Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, "");
    }

    /**
     * The server's main process (the postmaster), for watching its resources; its children are the
     * server's backends and helpers.
     */
    public ProcessHandle processHandle() {
        if (process == null) {
            throw new IllegalStateException("PostgreSQL has not been started");
        }
        return process.toHandle();
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    private void startProcess() throws IOException, InterruptedException {
        binaries = PostgresBinaries.forThisPlatform(settings.binariesCache());
        port = settings.port() == 0 ? freePort() : settings.port();
        Path data = settings.dataDirectory().toAbsolutePath();
        runAs.own(data);
        Files.createDirectories(settings.logFile().toAbsolutePath().getParent());
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            initialise(data);
        }
        List<String> command = new ArrayList<>(List.of(binaries.program("postgres"), "-D", data.toString(),
                "-p", String.valueOf(port()),
                "-c", "listen_addresses=localhost",
                // TCP only: a Unix socket path can be longer than the OS allows under a deep folder.
                "-c", "unix_socket_directories="));
        settings.serverSettings().forEach((name, value) -> command.addAll(List.of("-c", name + "=" + value)));
        process = new ProcessBuilder(runAs.command(command))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.logFile().toFile()))
                .start();
        awaitConnections();
    }

    private void initialise(Path data) throws IOException, InterruptedException {
        Process initdb = new ProcessBuilder(runAs.command(List.of(binaries.program("initdb"),
                "-D", data.toString(), "-U", USER, "-A", "trust", "-E", "UTF8", "--locale=C")))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.logFile().toFile()))
                .start();
        if (!initdb.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || initdb.exitValue() != 0) {
            initdb.destroyForcibly();
            throw new IllegalStateException("initdb could not initialise " + data + "; see " + settings.logFile());
        }
    }

    private void awaitConnections() throws InterruptedException {
        Instant giveUp = Instant.now().plus(START_TIMEOUT);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("PostgreSQL exited with " + process.exitValue() + "; see "
                        + settings.logFile());
            }
            try (Connection ignored = connect("postgres")) {
                return;
            } catch (SQLException notYet) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new IllegalStateException("PostgreSQL did not accept connections within " + START_TIMEOUT
                            + "; see " + settings.logFile(), notYet);
                }
                Thread.sleep(100);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        stop();
        if (throwawayFolder != null) {
            Folders.deleteQuietly(throwawayFolder);
        }
    }

    private void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            Process stop = new ProcessBuilder(runAs.command(List.of(binaries.program("pg_ctl"), "stop",
                    "-D", settings.dataDirectory().toAbsolutePath().toString(), "-m", "fast", "-w",
                    "-t", String.valueOf(STOP_TIMEOUT.toSeconds()))))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.logFile().toFile()))
                    .start();
            stop.waitFor(STOP_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
