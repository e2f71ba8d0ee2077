package com.complaintbook.intake.web.adapters.in.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EndUsersTest {

    private final EndUsers endUsers = new EndUsers(List.of(IpRange.of("10.244.0.0/16"), IpRange.of("192.0.2.10")));

    @Test
    void givenAPeerThatIsNoTrustedProxy_whenItSaysWhoItForwards_thenThePeerItselfIsTheEndUser() {
        assertThat(endUsers.keyOf(request("198.51.100.7", "203.0.113.1"))).isEqualTo("198.51.100.7");
    }

    @Test
    void givenTheTrustedProxy_whenItForwardsAVisitor_thenTheVisitorIsTheEndUser() {
        assertThat(endUsers.keyOf(request("10.244.1.5", "203.0.113.1"))).isEqualTo("203.0.113.1");
    }

    @Test
    void givenAVisitorWhoWritesTheirOwnXForwardedFor_whenTheProxyAppendsTheirAddress_thenWhatTheyWroteIsIgnored() {
        assertThat(endUsers.keyOf(request("10.244.1.5", "1.1.1.1, 10.244.9.9, 203.0.113.1"))).isEqualTo("203.0.113.1");
        assertThat(endUsers.keyOf(request("10.244.1.5", "1.1.1.1", "203.0.113.1"))).isEqualTo("203.0.113.1");
    }

    @Test
    void givenAChainOfTrustedProxies_whenTheyForwardAVisitor_thenTheRightMostAddressThatIsNoProxyIsTheEndUser() {
        assertThat(endUsers.keyOf(request("10.244.1.5", "8.8.8.8, 203.0.113.1, 192.0.2.10, 10.244.7.7")))
                .isEqualTo("203.0.113.1");
    }

    @Test
    void givenOnlyTrustedProxiesOnTheWay_whenTheRequestStartedInside_thenTheFirstOfThemIsTheEndUser() {
        assertThat(endUsers.keyOf(request("10.244.1.5", "10.244.2.2"))).isEqualTo("10.244.2.2");
        assertThat(endUsers.keyOf(request("10.244.1.5"))).isEqualTo("10.244.1.5");
    }

    @Test
    void givenAProxyThatPassesOnNoAddress_whenRead_thenTheProxyStandsInForTheUser() {
        assertThat(endUsers.keyOf(request("10.244.1.5", "203.0.113.1, unknown"))).isEqualTo("10.244.1.5");
        assertThat(endUsers.keyOf(request("10.244.1.5", "203.0.113.1, visitor.example"))).isEqualTo("10.244.1.5");
    }

    @Test
    void givenAddressesWithPortsOrBrackets_whenRead_thenTheAddressIsTheEndUser() {
        assertThat(endUsers.keyOf(request("10.244.1.5", "203.0.113.1:51234"))).isEqualTo("203.0.113.1");
        assertThat(endUsers.keyOf(request("10.244.1.5", "[2001:db8:1:2::7]:443"))).isEqualTo("2001:db8:1:2:0:0:0:0/64");
    }

    @Test
    void givenOneIpv6Subscriber_whenTheyChangeAddressWithinTheirSlash64_thenTheyAreStillOneEndUser() {
        assertThat(endUsers.keyOf(request("10.244.1.5", "2001:db8:1:2::7")))
                .isEqualTo(endUsers.keyOf(request("10.244.1.5", "2001:db8:1:2:abcd:ef01:2345:6789")))
                .isNotEqualTo(endUsers.keyOf(request("10.244.1.5", "2001:db8:1:3::7")));
    }

    @Test
    void givenATrustedProxySeenOnADualStackSocket_whenItForwardsAVisitor_thenItIsStillTrusted() throws Exception {
        byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 10, (byte) 244, 1, 5};
        InetAddress proxy = Inet6Address.getByAddress(null, mapped, -1);

        assertThat(endUsers.keyOf(request(proxy, "203.0.113.1"))).isEqualTo("203.0.113.1");
    }

    private static MockServerHttpRequest request(String peer, String... forwardedFor) {
        return request(IpRange.parseAddress(peer).orElseThrow(), forwardedFor);
    }

    private static MockServerHttpRequest request(InetAddress peer, String... forwardedFor) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.post("/api/v1/complaints")
                .remoteAddress(new InetSocketAddress(peer, 443));
        for (String header : forwardedFor) {
            request.header(EndUsers.FORWARDED_FOR, header);
        }
        return request.build();
    }
}
