package com.complaintbook.localsystem;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An embedded MongoDB wire-protocol server: every service talks to it with the ordinary MongoDB
 * driver, exactly as it talks to a real MongoDB in production. Backed by an H2 file for the local
 * run, so data survives restarts, or by memory for tests.
 */
final class MongoWireServer implements AutoCloseable {

    private final LocalSystemSettings settings;
    private MongoServer server;

    MongoWireServer(LocalSystemSettings settings) {
        this.settings = settings;
    }

    void start() throws IOException {
        MongoBackend backend;
        if (settings.persistent()) {
            Path directory = Files.createDirectories(settings.dataDirectory().resolve("mongo"));
            backend = new H2Backend(directory.resolve("complaint-book.mv").toString());
        } else {
            backend = new IndexedMemoryBackend();
        }
        server = new MongoServer(backend);
        server.bind("localhost", settings.mongoPort());
    }

    @Override
    public void close() {
        if (server != null) {
            server.shutdownNow();
        }
    }
}
