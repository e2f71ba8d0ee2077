package com.complaintbook.intake.web.adapters.in.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A block of IP addresses in CIDR notation ({@code 10.0.0.0/8}, {@code 2001:db8::/32}); a bare
 * address is a block of one. Bound from configuration by {@link #of(String)}.
 *
 * @param network      the block's first address
 * @param prefixLength how many leading bits every address in the block shares with it
 */
public record IpRange(InetAddress network, int prefixLength) {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("(?=[^:]*:)[0-9A-Fa-f:][0-9A-Fa-f:.]*");

    public IpRange {
        int bits = network.getAddress().length * 8;
        if (prefixLength < 0 || prefixLength > bits) {
            throw new IllegalArgumentException(network.getHostAddress() + "/" + prefixLength + ": a prefix is 0 to " + bits
                    + " bits long");
        }
        if (!network.equals(masked(network, prefixLength))) {
            throw new IllegalArgumentException(network.getHostAddress() + "/" + prefixLength + " has host bits set; the block starts at "
                    + masked(network, prefixLength).getHostAddress());
        }
    }

    public static IpRange of(String cidr) {
        String text = cidr.strip();
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        InetAddress network = parseAddress(address)
                .orElseThrow(() -> new IllegalArgumentException("'" + cidr + "' is not an IP address or CIDR block"));
        if (slash < 0) {
            return new IpRange(network, network.getAddress().length * 8);
        }
        try {
            return new IpRange(network, Integer.parseInt(text.substring(slash + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + cidr + "' has no usable prefix length", e);
        }
    }

    /**
     * An IPv4 or IPv6 address written as a literal. Anything else is empty, never looked up: the text
     * may come from a request header, and a name would make every such request wait on DNS.
     */
    public static Optional<InetAddress> parseAddress(String text) {
        Matcher ipv4 = IPV4.matcher(text);
        if (ipv4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(ipv4.group(i + 1));
                if (octet > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) octet;
            }
            return Optional.of(byAddress(bytes));
        }
        if (IPV6.matcher(text).matches()) {
            // Starting with a hex digit or a colon and holding a colon, the text is parsed by the JDK as a
            // literal or refused; it is never resolved.
            try {
                return Optional.of(InetAddress.getByName(text));
            } catch (UnknownHostException notALiteral) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    public boolean contains(InetAddress address) {
        return address.getAddress().length == network.getAddress().length
                && network.equals(masked(address, prefixLength));
    }

    /** The address with all but its first {@code prefixLength} bits cleared. */
    public static InetAddress masked(InetAddress address, int prefixLength) {
        byte[] bytes = address.getAddress();
        for (int i = 0; i < bytes.length; i++) {
            int keep = Math.max(0, Math.min(8, prefixLength - i * 8));
            bytes[i] &= (byte) (0xff << (8 - keep));
        }
        return byAddress(bytes);
    }

    @Override
    public String toString() {
        return network.getHostAddress() + "/" + prefixLength;
    }

    private static InetAddress byAddress(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException("4 or 16 bytes are always an address", impossible);
        }
    }
}
