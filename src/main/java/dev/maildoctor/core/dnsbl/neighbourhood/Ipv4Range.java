package dev.maildoctor.core.dnsbl.neighbourhood;

import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.network.Target;
import dev.maildoctor.core.network.TargetParser;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** An IPv4 CIDR block such as 153.122.40.0/24 (prefix /16 to /32). */
public record Ipv4Range(long network, int prefix) {
    public static final int SMALLEST_PREFIX = 16;

    public static Ipv4Range parse(String cidr) {
        String text = cidr == null ? "" : cidr.strip();
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new InvalidInputException(Msg.of("range.error.syntax", text));
        }
        Target base;
        int prefix;
        try {
            base = TargetParser.parse(text.substring(0, slash));
            prefix = Integer.parseInt(text.substring(slash + 1));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Msg.of("range.error.syntax", text));
        }
        if (!(base instanceof Target.Ipv4 v4)) {
            throw new InvalidInputException(Msg.of("range.error.ipv4_only", text));
        }
        if (prefix < SMALLEST_PREFIX || prefix > 32) {
            throw new InvalidInputException(Msg.of("range.error.prefix", text, SMALLEST_PREFIX));
        }
        return of(v4.address(), prefix);
    }

    public static Ipv4Range of(Inet4Address address, int prefix) {
        long mask = prefix == 0 ? 0 : (0xffffffffL << (32 - prefix)) & 0xffffffffL;
        return new Ipv4Range(toLong(address) & mask, prefix);
    }

    public long size() {
        return 1L << (32 - prefix);
    }

    public boolean contains(Inet4Address address) {
        long a = toLong(address);
        return a >= network && a < network + size();
    }

    public Inet4Address address(long offset) {
        long v = network + offset;
        byte[] b = {(byte) (v >> 24), (byte) (v >> 16), (byte) (v >> 8), (byte) v};
        try {
            return (Inet4Address) InetAddress.getByAddress(b);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long toLong(Inet4Address address) {
        byte[] b = address.getAddress();
        return ((b[0] & 0xffL) << 24) | ((b[1] & 0xffL) << 16) | ((b[2] & 0xffL) << 8) | (b[3] & 0xffL);
    }

    @Override
    public String toString() {
        return address(0).getHostAddress() + "/" + prefix;
    }
}
