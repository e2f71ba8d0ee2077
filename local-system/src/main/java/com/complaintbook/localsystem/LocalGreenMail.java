package com.complaintbook.localsystem;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import java.util.Map;

/** GreenMail whose SMTP server answers without Nagle's delay ({@link NoDelaySmtpServer}). */
final class LocalGreenMail extends GreenMail {

    LocalGreenMail(ServerSetup setup) {
        super(setup);
    }

    @Override
    protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
        Map<String, AbstractServer> services = super.createServices(config, managers);
        services.replaceAll((protocol, server) -> ServerSetup.PROTOCOL_SMTP.equals(protocol)
                ? new NoDelaySmtpServer(server.getServerSetup(), managers) : server);
        return services;
    }
}
