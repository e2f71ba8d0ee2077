package com.complaintbook.intake.web.adapters.in.web;

import org.springframework.http.server.reactive.ServerHttpRequest;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Who is at the other end of a request: the address our own proxies saw it come from. Only trusted
 * proxies are believed: walking {@code X-Forwarded-For} from its right, while the hop in hand is a
 * trusted proxy, the entry it added names the hop before it. The first hop that is no trusted proxy
 * is the end user; whatever stands left of it they wrote themselves, and proves nothing.
 */
final class EndUsers {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    /** One subscriber is given a whole /64 and could spend it an address at a time. */
    private static final int IPV6_SUBSCRIBER_PREFIX = 64;

    private static final byte[] IPV4_MAPPED = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff};

    private final List<IpRange> trustedProxies;

    EndUsers(List<IpRange> trustedProxies) {
        this.trustedProxies = List.copyOf(trustedProxies);
    }

    /**
     * The end user as a budget key: their IPv4 address or their IPv6 /64. Personal data: it may key
     * a budget, never a metric or a log line.
     */
    String keyOf(ServerHttpRequest request) {
        return addressOf(request).map(EndUsers::key).orElse("unknown");
    }

    Optional<InetAddress> addressOf(ServerHttpRequest request) {
        InetSocketAddress peer = request.getRemoteAddress();
        if (peer == null || peer.getAddress() == null) {
            return Optional.empty();
        }
        InetAddress hop = unmapped(peer.getAddress());
        List<String> forwarded = request.getHeaders().getValuesAsList(FORWARDED_FOR);
        for (int i = forwarded.size() - 1; i >= 0 && isTrustedProxy(hop); i--) {
            Optional<InetAddress> previous = hopAddress(forwarded.get(i));
            if (previous.isEmpty()) {
                // A trusted proxy passed on no address (some write "unknown"): the last hop we can
                // vouch for stands in, so such requests share one budget rather than pick their own.
                break;
            }
            hop = previous.get();
        }
        return Optional.of(hop);
    }

    private boolean isTrustedProxy(InetAddress address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }

    private static Optional<InetAddress> hopAddress(String entry) {
        String address = entry;
        if (address.startsWith("[") && address.indexOf(']') > 0) {
            address = address.substring(1, address.indexOf(']'));
        } else if (address.indexOf(':') > 0 && address.indexOf(':') == address.lastIndexOf(':')) {
            // IPv4 with a port, as some load balancers write it
            address = address.substring(0, address.indexOf(':'));
        }
        return IpRange.parseAddress(address).map(EndUsers::unmapped);
    }

    /** An IPv4 peer on a dual-stack socket may show up as {@code ::ffff:a.b.c.d}. */
    private static InetAddress unmapped(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address && Arrays.equals(bytes, 0, 12, IPV4_MAPPED, 0, 12)) {
            try {
                return InetAddress.getByAddress(Arrays.copyOfRange(bytes, 12, 16));
            } catch (UnknownHostException impossible) {
                throw new IllegalStateException("4 bytes are always an address", impossible);
            }
        }
        return address;
    }

    private static String key(InetAddress address) {
        if (address instanceof Inet6Address) {
            return IpRange.masked(address, IPV6_SUBSCRIBER_PREFIX).getHostAddress() + "/" + IPV6_SUBSCRIBER_PREFIX;
        }
        return address.getHostAddress();
    }
}
