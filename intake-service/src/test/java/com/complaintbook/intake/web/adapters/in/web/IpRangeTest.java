package com.complaintbook.intake.web.adapters.in.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IpRangeTest {

    @Test
    void givenAnIpv4Block_whenAskedAboutAddresses_thenOnlyThoseSharingItsPrefixAreIn() {
        IpRange cluster = IpRange.of("10.244.0.0/16");

        assertThat(cluster.contains(address("10.244.3.7"))).isTrue();
        assertThat(cluster.contains(address("10.245.0.1"))).isFalse();
        assertThat(cluster.contains(address("::ffff:10.244.3.7"))).isTrue();
        assertThat(cluster.contains(address("2001:db8::1"))).isFalse();
    }

    @Test
    void givenAnIpv6Block_whenAskedAboutAddresses_thenOnlyThoseSharingItsPrefixAreIn() {
        IpRange block = IpRange.of("2001:db8:ab::/48");

        assertThat(block.contains(address("2001:db8:ab:1::7"))).isTrue();
        assertThat(block.contains(address("2001:db8:ac::1"))).isFalse();
        assertThat(block.contains(address("10.0.0.1"))).isFalse();
    }

    @Test
    void givenABareAddress_whenParsed_thenItIsABlockOfOne() {
        IpRange proxy = IpRange.of("127.0.0.1");

        assertThat(proxy).isEqualTo(IpRange.of("127.0.0.1/32"));
        assertThat(proxy.contains(address("127.0.0.2"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1/8", "10.0.0.0/33", "::/129", "10.0.0.0/", "10.0.0.0/x", "256.0.0.0/8", "localhost",
            "proxy.example/32", ""})
    void givenSomethingThatIsNoBlock_whenParsed_thenItIsRefusedWithTheReason(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> IpRange.of(text)).withMessageMatching(".+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "example.com", "1.2.3.4.example.com", "dead.beef", "beef", "1.2.3", ".:1",
            "1.2.3.4%eth0", "fe80::1%eth0", "unknown", "_hidden", "1:2:3:4:5:6:7:8:9"})
    void givenTextThatIsNoAddressLiteral_whenParsed_thenItIsNothingAndNobodyIsAsked(String text) {
        assertThat(IpRange.parseAddress(text)).isEmpty();
    }

    @Test
    void givenTwoSpellingsOfOneIpv6Address_whenParsed_thenTheyAreTheSameAddress() {
        assertThat(IpRange.parseAddress("2001:db8:0:0:0:0:0:1")).isEqualTo(IpRange.parseAddress("2001:DB8::1"));
    }

    private static InetAddress address(String literal) {
        return IpRange.parseAddress(literal).orElseThrow();
    }
}
