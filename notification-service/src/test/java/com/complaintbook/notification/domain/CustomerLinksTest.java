package com.complaintbook.notification.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CustomerLinksTest {

    /** The contracts' test vector ("Customer links, v1"), which intake verifies too. */
    private static final String COMPLAINT = "3f6c2a1e-8d4b-4c57-9a0e-5b7d1f2c9e41";
    private static final long EXPIRY = 1795000000L;
    private static final String SECRET = "local-customer-link-secret-do-not-use-elsewhere";
    private static final String TOKEN =
            "M2Y2YzJhMWUtOGQ0Yi00YzU3LTlhMGUtNWI3ZDFmMmM5ZTQx.1795000000.ay7g9lit0ahKPfFSJcZIzUgSRQskG3mqjrzrs0rUy5s";

    private static final Duration VALIDITY = Duration.ofDays(120);
    private static final String TEMPLATE = "http://localhost:8081/customer/{token}";

    private final CustomerLinks links = new CustomerLinks(SECRET, VALIDITY, TEMPLATE);

    @Test
    void signsExactlyAsTheContractsTestVectorSays() {
        assertThat(links.token(COMPLAINT, EXPIRY)).isEqualTo(TOKEN);
    }

    @Test
    void theLinkExpiresTheValidityAfterTheEventItIsMailedFor() {
        Instant occurredAt = Instant.ofEpochSecond(EXPIRY).minus(VALIDITY);

        assertThat(links.linkFor(COMPLAINT, occurredAt)).isEqualTo("http://localhost:8081/customer/" + TOKEN);
    }

    @Test
    void theSameEventAlwaysGetsTheSameLink() {
        Instant occurredAt = Instant.parse("2026-11-21T14:02:00Z");

        assertThat(links.linkFor(COMPLAINT, occurredAt)).isEqualTo(links.linkFor(COMPLAINT, occurredAt));
    }

    @Test
    void anotherComplaintOrAnotherSecretSignsDifferently() {
        String otherSecret = "another-secret-of-at-least-32-characters";

        assertThat(links.token("another-complaint", EXPIRY)).doesNotEndWith(TOKEN.substring(TOKEN.lastIndexOf('.')));
        assertThat(new CustomerLinks(otherSecret, VALIDITY, TEMPLATE).token(COMPLAINT, EXPIRY)).isNotEqualTo(TOKEN);
    }

    @Test
    void aShortSecretOrATemplateWithoutTheTokenIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CustomerLinks("too-short", VALIDITY, TEMPLATE));
        assertThatIllegalArgumentException().isThrownBy(() -> new CustomerLinks(SECRET, VALIDITY,
                "http://localhost:8081/customer/{complaintId}"));
        assertThatIllegalArgumentException().isThrownBy(() -> new CustomerLinks(SECRET, Duration.ZERO, TEMPLATE));
    }
}
