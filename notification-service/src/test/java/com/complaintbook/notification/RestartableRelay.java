package com.complaintbook.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * A real SMTP relay (GreenMail) on a port chosen once, so that a test can point the service at it
 * before it runs, take it away and bring it back where the service sends: an outage. Each start is a
 * new, empty server.
 */
final class RestartableRelay {

    private final int port = freePort();
    private GreenMail relay;

    /** Where the service is to send, whether the relay is up or not. */
    int port() {
        return port;
    }

    /** The relay is up; what it receives from now on is in the returned server. */
    GreenMail start() {
        relay = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        relay.start();
        return relay;
    }

    /** The relay is gone, if it was up. */
    void stop() {
        if (relay != null) {
            relay.stop();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
