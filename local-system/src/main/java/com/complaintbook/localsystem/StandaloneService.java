package com.complaintbook.localsystem;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One service on its own, with only the infrastructure a MongoDB service needs: the Kafka broker,
 * the MongoDB wire server and the staff identity provider, started as {@link LocalSystem} starts
 * them, and the service from its executable jar as {@link LocalSystem} runs it. No PostgreSQL, no
 * mail, no other service: what the service under study reads, a caller writes to the broker itself
 * (the escalation benchmark publishes intake's events).
 *
 * <p>In two steps, so that the caller can prepare the broker (create the topics another service
 * would have declared) before the service subscribes. {@link #close()} stops the service, then the
 * infrastructure, last first, whatever was started.
 */
public final class StandaloneService implements AutoCloseable {

    private final LocalSystemSettings settings;
    private final String name;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private KafkaBroker kafka;
    private LocalIdentityProvider identity;
    private ServiceProcess service;
    private boolean closing;

    /**
     * @param settings the run's settings; {@code servicePorts} must name {@code name}, the
     *                 services directory must hold its {@code <name>-exec.jar}
     * @param name     the service, e.g. {@code escalation-service}
     */
    public StandaloneService(LocalSystemSettings settings, String name) {
        if (!settings.servicePorts().containsKey(name)) {
            throw new IllegalArgumentException("No port for " + name + " in " + settings.servicePorts());
        }
        this.settings = settings;
        this.name = name;
    }

    /** The broker, MongoDB and the identity provider, each ready when this returns. */
    public void startInfrastructure() throws IOException, InterruptedException {
        try {
            MongoWireServer mongo = track(new MongoWireServer(settings));
            mongo.start();
            kafka = track(new KafkaBroker(settings));
            kafka.start();
            identity = track(new LocalIdentityProvider(settings.identityPort()));
            identity.start();
        } catch (IOException | InterruptedException | RuntimeException failure) {
            close();
            throw failure;
        }
    }

    /** The service, ready (its readiness probe UP) when this returns. */
    public void startService() throws IOException, InterruptedException {
        try {
            synchronized (this) {
                if (closing) {
                    return;
                }
                service = new ServiceProcess(name, settings, identity.environment());
                service.start();
            }
            service.awaitReady();
        } catch (IOException | InterruptedException | RuntimeException failure) {
            close();
            throw failure;
        }
    }

    private synchronized <T extends AutoCloseable> T track(T part) {
        if (closing) {
            throw new IllegalStateException("Stopping: nothing more is started");
        }
        started.push(part);
        return part;
    }

    public URI serviceUri() {
        return service.baseUri();
    }

    /** The Kafka broker and, once started, the service: the processes of their own, by name. */
    public Map<String, ProcessHandle> processes() {
        Map<String, ProcessHandle> processes = new LinkedHashMap<>();
        processes.put("kafka", kafka.processHandle());
        if (service != null) {
            processes.put(name, service.processHandle());
        }
        return processes;
    }

    @Override
    public void close() {
        ServiceProcess running;
        Deque<AutoCloseable> infrastructure;
        synchronized (this) {
            closing = true;
            running = service;
            infrastructure = new ArrayDeque<>(started);
            started.clear();
        }
        if (running != null) {
            running.close();
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
