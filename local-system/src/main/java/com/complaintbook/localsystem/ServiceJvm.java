package com.complaintbook.localsystem;

import java.util.List;

/**
 * The JVM options every service runs with. They are chosen here and nowhere else, so that the local
 * run and the benchmark differ in this one setting and in no hidden flag.
 *
 * @param name    how reports and logs call this choice
 * @param options the options, placed before {@code -jar}
 */
public record ServiceJvm(String name, List<String> options) {

    /**
     * For {@code ./run-local}: five JVMs start at once on a developer's machine, so the client
     * compiler only and a small heap with the serial collector start them quickly and keep them
     * light. Never measure with it: code that C2 never compiles runs several times slower, and the
     * serial collector stops every thread for each collection.
     */
    public static final ServiceJvm QUICK_START = new ServiceJvm("quick-start",
            List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m"));

    /**
     * For the benchmark: the services as production runs them. Both compilers (full tiered JIT) and
     * G1. A fixed heap of 576 MiB, which is what deploy/k8s gives each pod (75 % of its 768 MiB limit
     * through MaxRAMPercentage); Xms equal to Xmx, so that growing the heap neither costs pauses
     * mid-run nor shows up as a memory trend that is not one. A JVM out of memory exits at once, as
     * a pod's would be restarted, rather than limping on with some threads dead and the run
     * measuring a broken process.
     */
    public static final ServiceJvm PRODUCTION = new ServiceJvm("production",
            List.of("-XX:+UseG1GC", "-Xms576m", "-Xmx576m", "-XX:+ExitOnOutOfMemoryError"));

    public ServiceJvm {
        options = List.copyOf(options);
    }

    @Override
    public String toString() {
        return name + " " + String.join(" ", options);
    }
}
