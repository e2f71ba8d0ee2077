package com.complaintbook.localsystem;

import java.io.IOException;
import java.net.ServerSocket;

/** Free ports on localhost, so that tests never collide with a local run or with each other. */
final class TestPorts {

    private TestPorts() {
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A port whose next port up is free too: Kafka's controller listens there. */
    static int freePortPair() throws IOException {
        while (true) {
            int port = freePort();
            try (ServerSocket next = new ServerSocket(port + 1)) {
                return port;
            } catch (IOException taken) {
                // Try another pair.
            }
        }
    }
}
