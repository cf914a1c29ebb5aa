package dev.maildoctor.core.network;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/** What a blocklist is asked about: an IPv4 or IPv6 address, or a domain name. */
public sealed interface Target permits Target.Ipv4, Target.Ipv6, Target.Domain {

    /** The label under a DNSBL zone: reversed octets, reversed nibbles, or the domain itself. */
    String dnsblLabel();

    /** How the user should see it. */
    String display();

    record Ipv4(Inet4Address address) implements Target {
        @Override
        public String dnsblLabel() {
            return ReverseNames.reversedOctets(address);
        }

        @Override
        public String display() {
            return address.getHostAddress();
        }
    }

    record Ipv6(Inet6Address address) implements Target {
        @Override
        public String dnsblLabel() {
            return ReverseNames.reversedNibbles(address);
        }

        @Override
        public String display() {
            return AddressText.format(address);
        }
    }

    /**
     * @param ascii   the name in its ASCII (punycode) form, lower case, no trailing dot
     * @param unicode the name as the user wrote it, for display
     */
    record Domain(String ascii, String unicode) implements Target {
        @Override
        public String dnsblLabel() {
            return ascii;
        }

        @Override
        public String display() {
            return unicode;
        }
    }

    static Target of(InetAddress address) {
        if (address instanceof Inet4Address v4) {
            return new Ipv4(v4);
        }
        return new Ipv6((Inet6Address) address);
    }
}
