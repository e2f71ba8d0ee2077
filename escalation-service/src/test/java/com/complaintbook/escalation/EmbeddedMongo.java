package com.complaintbook.escalation;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A MongoDB wire-protocol server in memory, on a random port, living exactly as long as the Spring
 * context that uses it: created before the beans that connect to it, shut down after them.
 */
@TestConfiguration(proxyBeanMethods = false)
class EmbeddedMongo {

    @Bean(destroyMethod = "shutdownNow")
    MongoServer mongoServer() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        return server;
    }

    @Bean
    DynamicPropertyRegistrar mongoUri(MongoServer mongoServer) {
        return registry -> registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:"
                + mongoServer.getLocalAddress().getPort() + "/escalation");
    }
}
