package dev.maildoctor.core.spf;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/** An {@code ip4:} / {@code ip6:} network of an SPF record, to tell whether it covers an address. */
record Cidr(byte[] network, int prefix) {
    /** Parses {@code 192.0.2.0/24} or {@code 2001:db8::/32} (no prefix: a single address). */
    static Optional<Cidr> parse(String text, boolean ipv6) {
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        int max = ipv6 ? 128 : 32;
        try {
            int prefix = slash < 0 ? max : Integer.parseInt(text.substring(slash + 1));
            if (prefix < 0 || prefix > max || !address.matches(ipv6 ? "[0-9a-fA-F:.]+" : "[0-9.]+")) {
                return Optional.empty();
            }
            // Only digits, hex, ':' and '.' reach getByName, so it parses a literal without a DNS query.
            InetAddress parsed = InetAddress.getByName(address);
            if (ipv6 && parsed instanceof Inet4Address && address.indexOf(':') >= 0) {
                return Optional.of(new Cidr(mapped(parsed.getAddress()), prefix)); // ::ffff:192.0.2.1
            }
            boolean family = ipv6 ? parsed instanceof Inet6Address : parsed instanceof Inet4Address;
            return family ? Optional.of(new Cidr(parsed.getAddress(), prefix)) : Optional.empty();
        } catch (NumberFormatException | UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** Java reads an IPv4-mapped IPv6 literal as the IPv4 address; SPF keeps ip6: networks 128 bits wide. */
    private static byte[] mapped(byte[] v4) {
        byte[] v6 = new byte[16];
        v6[10] = (byte) 0xff;
        v6[11] = (byte) 0xff;
        System.arraycopy(v4, 0, v6, 12, 4);
        return v6;
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != network.length) {
            return false;
        }
        for (int bit = 0; bit < prefix; bit++) {
            int mask = 0x80 >> (bit % 8);
            if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}
