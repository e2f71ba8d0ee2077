package com.complaintbook.localsystem.benchmark;

import io.netty.handler.codec.http.HttpResponseStatus;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

import java.time.Duration;
import java.util.Map;

/**
 * The reference endpoint's own JVM: a bare reactor-netty HTTP server (WebFlux's engine, without
 * WebFlux) on {@code localhost:<port>}, posting to {@code /api/v1/complaints}, and a Kafka producer
 * set as intake's is (acks=all, idempotent). {@code GET /ready} answers 200 once both are up.
 *
 * <p>Arguments: port, Kafka bootstrap servers, topic. SIGTERM stops it.
 */
public final class ReferenceEndpoint {

    private ReferenceEndpoint() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Producer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, args[1],
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        ReferenceSubmissions submissions = new ReferenceSubmissions(producer, args[2]);
        DisposableServer server = HttpServer.create()
                .host("localhost")
                .port(port)
                .route(routes -> routes
                        .post("/api/v1/complaints", submissions::submit)
                        .get("/ready", (request, response) -> response.status(HttpResponseStatus.OK).send()))
                .bindNow();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.disposeNow(Duration.ofSeconds(5));
            producer.close(Duration.ofSeconds(5));
        }, "reference-endpoint-stop"));
        server.onDispose().block();
    }
}
