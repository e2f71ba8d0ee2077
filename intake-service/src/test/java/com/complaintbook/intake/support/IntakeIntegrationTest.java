package com.complaintbook.intake.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Intake on a random port against a real in-process Kafka broker and a real PostgreSQL
 * server, with the test clients and secrets of {@code intake-test.properties} and the standard
 * catalogue on the broker ({@link TestCatalogue#standard()}), loaded before the tests begin. Test classes with the
 * same settings share one running application.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@EmbeddedKafka(partitions = 1, bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@Import({EmbeddedPostgres.class, TestCatalogue.PublishedBeforeStart.class})
@TestPropertySource(locations = "classpath:intake-test.properties")
public @interface IntakeIntegrationTest {
}
