package com.complaintbook.kit.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The refusal's description goes into a quoted header value, which allows only some characters. */
class StaffTokenProblemsTest {

    @Test
    void quotesBackslashesControlCharactersAndNonAsciiCannotBreakTheChallenge() {
        assertThat(StaffTokenProblems.quotable("Jwt \"expired\" at C:\\tmp\r\nX-Injected: yes — é"))
                .isEqualTo("Jwt 'expired' at C:'tmp''X-Injected: yes ' '");
    }

    @Test
    void anOrdinaryDescriptionIsLeftAsItIs() {
        assertThat(StaffTokenProblems.quotable("The aud claim is not valid"))
                .isEqualTo("The aud claim is not valid");
    }
}
