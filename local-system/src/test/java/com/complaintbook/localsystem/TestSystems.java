package com.complaintbook.localsystem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole system as the end-to-end tests start it: the service jars this build made, throwaway
 * data, and free ports, so that a test never collides with a local run or with another test.
 */
final class TestSystems {

    private TestSystems() {
    }

    static LocalSystemSettings settings(Path dataDirectory) throws IOException {
        Map<String, Integer> servicePorts = new LinkedHashMap<>();
        for (String service : LocalSystemSettings.SERVICES) {
            servicePorts.put(service, TestPorts.freePort());
        }
        int kafkaPort = TestPorts.freePortPair();
        int anyPortForThrowawayPostgres = 0;
        return new LocalSystemSettings(dataDirectory, false,
                Path.of(System.getProperty("complaintbook.services-dir")),
                Files.readString(Path.of(System.getProperty("complaintbook.launcher-classpath"))).strip(),
                kafkaPort, TestPorts.freePort(), anyPortForThrowawayPostgres, TestPorts.freePort(), TestPorts.freePort(),
                servicePorts);
    }
}
