package com.complaintbook.intake.support;

import com.complaintbook.postgres.PostgresServer;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A real PostgreSQL server of its own for the test's application context, started empty and gone
 * with the context, with intake's data source pointed at its {@code intake} database.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgres {

    @Bean(destroyMethod = "close")
    PostgresServer postgresServer() throws Exception {
        PostgresServer server = PostgresServer.startThrowaway();
        server.createDatabase("intake");
        return server;
    }

    @Bean
    JdbcConnectionDetails jdbcConnectionDetails(PostgresServer server) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return PostgresServer.USER;
            }

            @Override
            public String getPassword() {
                return "";
            }

            @Override
            public String getJdbcUrl() {
                return server.jdbcUrl("intake");
            }
        };
    }
}
