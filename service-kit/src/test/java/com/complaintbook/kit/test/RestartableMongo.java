package com.complaintbook.kit.test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A MongoDB wire-protocol server in memory that a test can take away and bring back where the
 * service looks for it: an outage. It starts at once on a free port and keeps that port across
 * restarts. Built with {@code new RestartableMongo()} it comes back empty; built with
 * {@link #keepingData()} it comes back with what it held, as a real MongoDB does after an outage,
 * which a test needs whenever what the service wrote before the outage decides what it does after.
 * Register it on the test class
 * ({@code @RegisterExtension static final RestartableMongo MONGO = new RestartableMongo();}) and point
 * {@code spring.mongodb.uri} at {@link #uri}; it stops after the class.
 */
public final class RestartableMongo implements AfterAllCallback {

    private final int port;
    private final boolean keepsData;
    private MemoryBackend backend;
    private MongoServer server;

    public RestartableMongo() {
        this(false);
    }

    private RestartableMongo(boolean keepsData) {
        this.keepsData = keepsData;
        backend = newBackend();
        server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        port = server.getLocalAddress().getPort();
    }

    /** A server that comes back from {@link #stop()} with every database it held. */
    public static RestartableMongo keepingData() {
        return new RestartableMongo(true);
    }

    /**
     * The server's address for {@code database}, with no options of its own: how long an attempt
     * during the outage waits is the kit's MongoDB timeouts' business, as in production.
     */
    public String uri(String database) {
        return "mongodb://127.0.0.1:" + port + "/" + database;
    }

    /** MongoDB goes away; connections drop. */
    public void stop() {
        server.shutdownNow();
    }

    /** MongoDB is back on the same port: empty, or with its data when built {@link #keepingData()}. */
    public void start() {
        if (!keepsData) {
            backend = newBackend();
        }
        server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.shutdownNow();
        if (backend instanceof DurableBackend durable) {
            durable.discard();
        }
    }

    private MemoryBackend newBackend() {
        return keepsData ? new DurableBackend() : new MemoryBackend();
    }

    /**
     * The server closes its backend when it shuts down, and closing a memory backend drops every
     * database: this one survives the server, as a real MongoDB's disk does.
     */
    private static final class DurableBackend extends MemoryBackend {

        @Override
        public void close() {
        }

        void discard() {
            super.close();
        }
    }
}
