package com.complaintbook.intake.customer.adapters.in.web;


import java.time.Clock;
import java.time.Duration;

/** Customer links as intake issues them, for tests outside this package. */
public final class CustomerLinksFixture {

    private CustomerLinksFixture() {
    }

    public static CustomerLinks links(Clock clock) {
        return new CustomerLinks(new CustomerLinkProperties("test-customer-link-secret-0123456789", Duration.ofDays(120),
                "http://localhost:8081/customer/{token}"), clock);
    }
}
