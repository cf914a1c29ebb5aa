package dev.maildoctor.core.network;

import java.net.Inet4Address;
import java.net.Inet6Address;

/** Reversed forms of addresses as used by DNSBLs, in-addr.arpa/ip6.arpa and Team Cymru. */
public final class ReverseNames {
    private ReverseNames() {
    }

    /** 192.0.2.10 → "10.2.0.192". */
    public static String reversedOctets(Inet4Address address) {
        byte[] b = address.getAddress();
        return (b[3] & 0xff) + "." + (b[2] & 0xff) + "." + (b[1] & 0xff) + "." + (b[0] & 0xff);
    }

    /** 2001:db8::1 → "1.0.0.0. ... .8.b.d.0.1.0.0.2" (32 nibbles, least significant first). */
    public static String reversedNibbles(Inet6Address address) {
        byte[] b = address.getAddress();
        StringBuilder sb = new StringBuilder(64);
        for (int i = b.length - 1; i >= 0; i--) {
            sb.append(Character.forDigit(b[i] & 0x0f, 16)).append('.');
            sb.append(Character.forDigit((b[i] >> 4) & 0x0f, 16)).append('.');
        }
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    /** The PTR query name: "10.2.0.192.in-addr.arpa" or the nibbles under ip6.arpa. */
    public static String ptrName(Target target) {
        if (target instanceof Target.Ipv4 v4) {
            return reversedOctets(v4.address()) + ".in-addr.arpa";
        }
        if (target instanceof Target.Ipv6 v6) {
            return reversedNibbles(v6.address()) + ".ip6.arpa";
        }
        throw new IllegalArgumentException("PTR names exist only for addresses");
    }
}
