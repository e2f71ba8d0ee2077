package com.complaintbook.kit.mongo;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The ping indicator against a real MongoDB wire-protocol server, and against a port nothing listens on. */
class MongoPingHealthIndicatorIT {

    @Test
    void givenAServerThatAnswers_thenUpWithItsDatabase() {
        MongoServer server = new MongoServer(new MemoryBackend());
        try (MongoClient client = client(server.bindAndGetConnectionString())) {
            Health health = new MongoPingHealthIndicator(new MongoTemplate(client, "orders")).health(true);

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("database", "orders");
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void givenAServerThatHasGone_thenDownWithTheReason() throws IOException {
        try (MongoClient client = client("mongodb://127.0.0.1:" + closedPort())) {
            Health health = new MongoPingHealthIndicator(new MongoTemplate(client, "orders")).health(true);

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsKey("error");
        }
    }

    /** A short server selection, so that the unreachable case fails in a second, not the driver's 30. */
    private static MongoClient client(String connectionString) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(connectionString))
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(1, TimeUnit.SECONDS))
                .build());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
