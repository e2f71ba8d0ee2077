package com.complaintbook.localsystem;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.ServerSetup;

import java.net.Socket;
import java.net.SocketException;

/**
 * GreenMail's SMTP server with Nagle's algorithm off on every connection. GreenMail writes a
 * multi-line reply (EHLO's) a line at a time; with Nagle on, each line after the first waits for the
 * client's delayed acknowledgement, about 40 ms on Linux. A sender that connects once per letter,
 * as notification-service does, was held to some 20 letters a second by that wait alone, which a
 * real mail relay never imposes.
 */
final class NoDelaySmtpServer extends SmtpServer {

    NoDelaySmtpServer(ServerSetup setup, Managers managers) {
        super(setup, managers);
    }

    @Override
    protected void handleClientSocket(Socket clientSocket) throws SocketException {
        clientSocket.setTcpNoDelay(true);
        super.handleClientSocket(clientSocket);
    }
}
