package com.complaintbook.localsystem;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole system: infrastructure first (PostgreSQL, MongoDB, mail, Kafka, the staff identity
 * provider), then the five services, all started together and awaited until ready; routing with the
 * demo retailer's organisation ({@link DemoOrganisation}). {@link #close()}
 * stops the services, then everything else that was started, last first, including after a failed
 * start.
 */
public final class LocalSystem implements AutoCloseable {

    private final LocalSystemSettings settings;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    private PostgresProcess postgres;
    private KafkaBroker kafka;
    private MailServer mail;
    private LocalIdentityProvider identity;
    private Path organisationFile;
    private boolean closing;

    public LocalSystem(LocalSystemSettings settings) {
        this.settings = settings;
    }

    public LocalSystemSettings settings() {
        return settings;
    }

    public void start() throws IOException, InterruptedException {
        try {
            postgres = track(new PostgresProcess(settings));
            postgres.start();

            MongoWireServer mongo = track(new MongoWireServer(settings));
            mongo.start();

            mail = track(new MailServer(settings));
            mail.start();

            kafka = track(new KafkaBroker(settings));
            kafka.start();

            identity = track(new LocalIdentityProvider(settings.identityPort()));
            identity.start();

            organisationFile = DemoOrganisation.writeTo(settings.dataDirectory());
            startServices();
        } catch (IOException | InterruptedException | RuntimeException failure) {
            close();
            throw failure;
        }
    }

    /** Registers a part to be stopped by {@link #close()}; refuses once closing has begun. */
    private synchronized <T extends AutoCloseable> T track(T part) {
        if (closing) {
            throw new IllegalStateException("Stopping: nothing more is started");
        }
        started.push(part);
        return part;
    }

    private void startServices() throws IOException, InterruptedException {
        for (String name : settings.servicePorts().keySet()) {
            synchronized (this) {
                // Ctrl-C during start-up: close() has run or is running; start nothing it cannot see.
                if (closing) {
                    return;
                }
                Map<String, String> environment = new LinkedHashMap<>(postgres.environmentFor(name));
                environment.putAll(identity.environment());
                if (name.equals("routing-service")) {
                    environment.putAll(DemoOrganisation.environment(organisationFile));
                }
                ServiceProcess service = new ServiceProcess(name, settings, environment);
                services.put(name, service);
                service.start();
            }
        }
        for (ServiceProcess service : List.copyOf(services.values())) {
            service.awaitReady();
        }
    }

    /**
     * Kills one service's process as {@code kill -9} would, leaving everything else running; for
     * tests of what a crash loses. {@link #restartService} brings it back.
     */
    public void killService(String name) throws InterruptedException {
        service(name).kill();
    }

    /**
     * Starts a service again after {@link #killService}, with the settings and the data it had, and
     * waits until it is ready.
     */
    public void restartService(String name) throws IOException, InterruptedException {
        ServiceProcess service = service(name);
        synchronized (this) {
            if (closing) {
                throw new IllegalStateException("Stopping: nothing more is started");
            }
            service.start();
        }
        service.awaitReady();
    }

    private synchronized ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("No service " + name + "; there are " + services.keySet());
        }
        return service;
    }

    public URI serviceUri(String name) {
        return services.get(name).baseUri();
    }

    /** The organisation document routing loaded at its start: the demo retailer. */
    public Path organisationFile() {
        return organisationFile;
    }

    /** The staff identity provider every service trusts; it signs a token for anyone who asks. */
    public LocalIdentityProvider identityProvider() {
        return identity;
    }

    /** The JDBC URL of a database on this run's PostgreSQL server, whichever port it listens on. */
    public String postgresJdbcUrl(String database) {
        return postgres.jdbcUrl(database);
    }

    /**
     * Every process of its own that the system runs, by name: PostgreSQL's main process, the Kafka
     * broker and each service; for watching their resources. MongoDB and mail run inside this JVM.
     */
    public Map<String, ProcessHandle> processes() {
        Map<String, ProcessHandle> processes = new LinkedHashMap<>();
        processes.put("postgresql", postgres.processHandle());
        processes.put("kafka", kafka.processHandle());
        services.forEach((name, service) -> processes.put(name, service.processHandle()));
        return processes;
    }

    /** Drops the mail received so far, so that a long run does not keep every letter in memory. */
    public void forgetReceivedMail() {
        mail.forgetReceived();
    }

    public URI inboxUri() {
        return URI.create("http://localhost:" + settings.inboxPort());
    }

    @Override
    public void close() {
        List<ServiceProcess> running;
        List<AutoCloseable> infrastructure;
        synchronized (this) {
            closing = true;
            running = List.copyOf(services.values());
            infrastructure = List.copyOf(started);
            started.clear();
        }
        // The services do not depend on each other: they drain and stop side by side, before the
        // infrastructure they all use goes.
        List<Thread> stopping = running.stream()
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
        for (AutoCloseable part : infrastructure) {
            try {
                part.close();
            } catch (Exception e) {
                System.err.println("Could not stop cleanly: " + e);
            }
        }
    }
}
