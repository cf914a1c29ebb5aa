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
            boolean family = ipv6 ? parsed instanceof Inet6Address : parsed instanceof Inet4Address;
            return family ? Optional.of(new Cidr(parsed.getAddress(), prefix)) : Optional.empty();
        } catch (NumberFormatException | UnknownHostException e) {
            return Optional.empty();
        }
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
