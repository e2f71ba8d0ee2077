package com.complaintbook.kit.test;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A real MongoDB wire-protocol server in memory, on a free port, living exactly as long as the
 * Spring context that imports it: created before the beans that connect to it, shut down after
 * them. {@code spring.mongodb.uri} points at it, with a database named after the application.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedMongo {

    @Bean(destroyMethod = "shutdownNow")
    MongoServer mongoServer() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        return server;
    }

    @Bean
    DynamicPropertyRegistrar mongoUri(MongoServer server, Environment environment) {
        String database = environment.getProperty("spring.application.name", "test");
        return registry -> registry.add("spring.mongodb.uri",
                () -> "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/" + database);
    }
}
