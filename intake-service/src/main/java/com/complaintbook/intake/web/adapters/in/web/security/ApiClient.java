package com.complaintbook.intake.web.adapters.in.web.security;

import com.complaintbook.contracts.Channel;

/** An authenticated store terminal or website. */
public record ApiClient(String id, Channel channel, String storeId) {

    public boolean isTerminal() {
        return channel == Channel.TERMINAL;
    }
}
