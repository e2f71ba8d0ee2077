package com.complaintbook.kit.test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A real MongoDB wire-protocol server in memory for a store's tests without Spring, living as long as
 * the test class that registers it ({@code @RegisterExtension static final InMemoryMongo MONGO}).
 * {@link EmbeddedMongo} is its counterpart for tests with a Spring context.
 */
public final class InMemoryMongo implements BeforeAllCallback, AfterAllCallback {

    private MongoServer server;
    private MongoClient client;

    @Override
    public void beforeAll(ExtensionContext context) {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        client.close();
        server.shutdownNow();
    }

    /** The database {@code name}, emptied, so that each test starts from nothing. */
    public MongoTemplate freshDatabase(String name) {
        MongoTemplate mongo = new MongoTemplate(client, name);
        mongo.getDb().drop();
        return mongo;
    }
}
