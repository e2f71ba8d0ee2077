package com.complaintbook.kit.test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A MongoDB wire-protocol server in memory that a test can take away and bring back where the
 * service looks for it: an outage. It starts at once on a free port, keeps that port across
 * restarts, and comes back empty. Register it on the test class
 * ({@code @RegisterExtension static final RestartableMongo MONGO = new RestartableMongo();}) and point
 * {@code spring.mongodb.uri} at {@link #uri}; it stops after the class.
 */
public final class RestartableMongo implements AfterAllCallback {

    private final int port;
    private MongoServer server;

    public RestartableMongo() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        port = server.getLocalAddress().getPort();
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

    /** MongoDB is back on the same port, empty. */
    public void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", port);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.shutdownNow();
    }
}
