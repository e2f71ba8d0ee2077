package com.complaintbook.intake.customer.adapters.in.web;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class CustomerLinksTest {

    private static final String SECRET = "local-customer-link-secret-do-not-use-elsewhere";
    private static final String COMPLAINT = "3f6c2a1e-8d4b-4c57-9a0e-5b7d1f2c9e41";
    /** The contracts' test vector, which notification-service signs to as well. */
    private static final String VECTOR =
            "M2Y2YzJhMWUtOGQ0Yi00YzU3LTlhMGUtNWI3ZDFmMmM5ZTQx.1795000000.ay7g9lit0ahKPfFSJcZIzUgSRQskG3mqjrzrs0rUy5s";

    @Test
    void givenTheContractsTestVector_whenIssuedAtTheSameMoment_thenTheTokenIsTheVector() {
        Instant issued = Instant.ofEpochSecond(1795000000L).minus(Duration.ofDays(120));

        assertThat(links(issued).token(COMPLAINT)).isEqualTo(VECTOR);
    }

    @Test
    void givenTheVector_whenCheckedBeforeItsExpiry_thenItOpensItsComplaint() {
        assertThat(links(Instant.ofEpochSecond(1794999999L)).check(VECTOR).complaintId()).contains(COMPLAINT);
    }

    @Test
    void givenTheVector_whenCheckedAfterItsExpiry_thenItIsExpired() {
        CustomerLinks.LinkCheck check = links(Instant.ofEpochSecond(1795000001L)).check(VECTOR);

        assertThat(check.expired()).isTrue();
        assertThat(check.complaintId()).isEmpty();
    }

    @Test
    void givenALaterExpiryWrittenIntoTheToken_whenChecked_thenTheSignatureNoLongerFitsAndItOpensNothing() {
        String extended = VECTOR.replace(".1795000000.", ".1895000000.");

        CustomerLinks.LinkCheck check = links(Instant.ofEpochSecond(1794999999L)).check(extended);

        assertThat(check.complaintId()).isEmpty();
        assertThat(check.expired()).isFalse();
    }

    private static CustomerLinks links(Instant now) {
        return new CustomerLinks(new CustomerLinkProperties(SECRET, Duration.ofDays(120),
                "http://localhost:8081/api/v1/customer/complaints/{token}"), Clock.fixed(now, ZoneOffset.UTC));
    }
}
