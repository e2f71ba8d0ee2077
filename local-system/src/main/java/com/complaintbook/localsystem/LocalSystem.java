package com.complaintbook.localsystem;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system: infrastructure first (MongoDB, mail, Kafka), then the five services, all started
 * together and awaited until ready. {@link #close()} stops everything that was started, last first,
 * including after a failed start.
 */
public final class LocalSystem implements AutoCloseable {

    private final LocalSystemSettings settings;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    public LocalSystem(LocalSystemSettings settings) {
        this.settings = settings;
    }

    public LocalSystemSettings settings() {
        return settings;
    }

    public void start() throws IOException, InterruptedException {
        try {
            MongoWireServer mongo = new MongoWireServer(settings);
            mongo.start();
            started.push(mongo);

            MailServer mail = new MailServer(settings);
            mail.start();
            started.push(mail);

            KafkaBroker kafka = new KafkaBroker(settings);
            started.push(kafka);
            kafka.start();

            startServices();
        } catch (IOException | InterruptedException | RuntimeException failure) {
            close();
            throw failure;
        }
    }

    private void startServices() throws IOException, InterruptedException {
        List<String> names = List.copyOf(settings.servicePorts().keySet());
        for (String name : names) {
            ServiceProcess service = new ServiceProcess(name, settings);
            services.put(name, service);
            service.start();
        }
        for (ServiceProcess service : services.values()) {
            service.awaitReady();
        }
    }

    public URI serviceUri(String name) {
        return services.get(name).baseUri();
    }

    public URI inboxUri() {
        return URI.create("http://localhost:" + settings.inboxPort());
    }

    @Override
    public void close() {
        // The services do not depend on each other: they drain and stop side by side, before the
        // infrastructure they all use goes.
        List<Thread> stopping = services.values().stream()
                .map(service -> new Thread(service::close, "stop-" + service.name()))
                .toList();
        stopping.forEach(Thread::start);
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("Could not stop cleanly: " + e);
            }
        }
    }
}
