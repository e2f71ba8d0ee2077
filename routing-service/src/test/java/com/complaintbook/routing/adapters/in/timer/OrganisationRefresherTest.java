package com.complaintbook.routing.adapters.in.timer;

import com.complaintbook.routing.adapters.in.kafka.ComplaintEventsGate;
import com.complaintbook.routing.application.CataloguePublisher;
import com.complaintbook.routing.application.CatalogueRecord;
import com.complaintbook.routing.application.CatalogueSink;
import com.complaintbook.routing.application.InMemoryOrganisationStore;
import com.complaintbook.routing.application.OrganisationHistory;
import com.complaintbook.routing.application.OrganisationImport;
import com.complaintbook.routing.application.RoutingMetrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class OrganisationRefresherTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RoutingMetrics metrics = new RoutingMetrics(meters);
    private final InMemoryOrganisationStore store = new InMemoryOrganisationStore();
    private final OrganisationHistory history = new OrganisationHistory(store, version -> null);
    private final AtomicInteger ticks = new AtomicInteger();
    private OrganisationRefresher refresher;

    @AfterEach
    void stop() {
        refresher.stop();
    }

    @Test
    void givenTicksFailingInWaysNobodyForesaw_whenScheduled_thenTheyAreCountedAndTheNextTicksStillRun() {
        store.away = true;
        refresher = new OrganisationRefresher(history, new OrganisationImport(store, history, Clock.systemUTC(), metrics),
                new ComplaintEventsGate(new KafkaListenerEndpointRegistry(), history),
                new CataloguePublisher(history, store, new NoCatalogue(), Clock.systemUTC(), metrics),
                Duration.ofMillis(10), () -> {
                    ticks.incrementAndGet();
                    throw new IllegalStateException("not a DataAccessException");
                }, metrics);

        refresher.start();

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(ticks).hasValueGreaterThan(3));
        assertThat(meters.counter("complaintbook.routing.organisation.refresh.failures").count()).isGreaterThan(3);
    }

    @Test
    void givenIndexesThatCannotBeCreatedYet_whenTicksRun_thenTheGaugeSaysSoUntilTheyAre() {
        store.away = true;
        AtomicInteger attempts = new AtomicInteger();
        refresher = new OrganisationRefresher(history, new OrganisationImport(store, history, Clock.systemUTC(), metrics),
                new ComplaintEventsGate(new KafkaListenerEndpointRegistry(), history),
                new CataloguePublisher(history, store, new NoCatalogue(), Clock.systemUTC(), metrics),
                Duration.ofMillis(10), () -> attempts.incrementAndGet() > 3, metrics);
        assertThat(meters.get("complaintbook.routing.indexes.missing").gauge().value()).isEqualTo(1);

        refresher.start();

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(meters.get("complaintbook.routing.indexes.missing").gauge().value()).isZero());
        assertThat(attempts).hasValue(4);
    }

    /** The store is away throughout, so nothing is ever published: a sink that has nothing to hold. */
    private static final class NoCatalogue implements CatalogueSink {

        @Override
        public String json(Object entry) {
            return "{}";
        }

        @Override
        public void publish(List<CatalogueRecord> records, long catalogueVersion, Instant publishedAt) {
            throw new AssertionError("nothing is published while the organisation store is away");
        }

        @Override
        public Set<String> liveKeys() {
            return Set.of();
        }
    }
}
