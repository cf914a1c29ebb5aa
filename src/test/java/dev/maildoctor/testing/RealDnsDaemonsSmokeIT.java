package dev.maildoctor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.ReverseMap;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/** Starts unbound, nsd and rbldnsd and checks each answers what real-world DNSBL checks rely on. */
class RealDnsDaemonsSmokeIT {
    private static RealDnsDaemons dns;

    @BeforeAll
    static void startDaemons() throws IOException {
        RealDnsDaemons.assumeAvailableOrRequired();
        dns = RealDnsDaemons.builder()
                .dnsblZone("bl.test", """
                        :127.0.0.2:Listed, see http://bl.test/?ip=$
                        127.0.0.2
                        192.0.2.10 :127.0.0.2:Listed for spam, see http://bl.test/?ip=$
                        198.51.100.0/24 :127.0.0.3:Range listed, see http://bl.test/range?ip=$
                        !127.0.0.1
                        """)
                // what Spamhaus answers to queries arriving via public resolvers: not a listing
                .dnsblZone("refusing.test", "ip4trie", """
                        :127.255.255.254:Query refused, see http://refusing.test/faq
                        0.0.0.0/0
                        """)
                // an operator that refuses this resolver outright (rcode REFUSED)
                .dnsblZone("closed.test", "acl", "127.0.0.1 :refuse\n")
                .dnsblZone("closed.test", "127.0.0.2\n")
                .dnsblZone("bl6.test", "ip6trie", """
                        :127.0.0.2:IPv6 listed, see http://bl6.test/?ip=$
                        2001:db8:1::/48
                        !2001:db8:1::1
                        """)
                .authoritativeZone("test", """
                        $TTL 300
                        @     IN SOA ns hostmaster 1 3600 600 86400 60
                        @     IN NS  ns
                        ns    IN A   127.0.0.1
                        mail  IN A   192.0.2.10
                        """)
                .authoritativeZone("2.0.192.in-addr.arpa", """
                        $TTL 300
                        @     IN SOA ns.test. hostmaster.test. 1 3600 600 86400 60
                        @     IN NS  ns.test.
                        10    IN PTR mail.test.
                        """)
                // shaped like Team Cymru's origin.asn.cymru.com / asn.cymru.com answers
                .authoritativeZone("asn.test", """
                        $TTL 300
                        @                   IN SOA ns.test. hostmaster.test. 1 3600 600 86400 60
                        @                   IN NS  ns.test.
                        10.2.0.192.origin   IN TXT "64496 | 192.0.2.0/24 | ZZ | test | 2024-01-01"
                        AS64496             IN TXT "64496 | ZZ | test | 2024-01-01 | EXAMPLE-NET, ZZ"
                        """)
                .start();
    }

    @AfterAll
    static void stopDaemons() {
        if (dns != null) {
            dns.close();
        }
    }

    @Test
    void rfc5782TestPointsThroughTheResolver() throws IOException {
        assertThat(answers(dns.resolverAddress(), "2.0.0.127.bl.test", Type.A)).containsExactly("127.0.0.2");
        assertThat(answers(dns.resolverAddress(), "2.0.0.127.bl.test", Type.TXT))
                .containsExactly("\"Listed, see http://bl.test/?ip=127.0.0.2\"");
        assertThat(rcode(dns.resolverAddress(), "1.0.0.127.bl.test", Type.A)).isEqualTo(Rcode.NXDOMAIN);
    }

    @Test
    void listedAndUnlistedAddressesThroughTheResolver() throws IOException {
        assertThat(answers(dns.resolverAddress(), dnsblName("192.0.2.10", "bl.test"), Type.A))
                .containsExactly("127.0.0.2");
        assertThat(answers(dns.resolverAddress(), dnsblName("192.0.2.10", "bl.test"), Type.TXT))
                .containsExactly("\"Listed for spam, see http://bl.test/?ip=192.0.2.10\"");
        assertThat(rcode(dns.resolverAddress(), dnsblName("192.0.2.11", "bl.test"), Type.A))
                .isEqualTo(Rcode.NXDOMAIN);
    }

    @Test
    void rangeEntryListsEveryAddressInIt() throws IOException {
        assertThat(answers(dns.resolverAddress(), dnsblName("198.51.100.77", "bl.test"), Type.A))
                .containsExactly("127.0.0.3");
        assertThat(answers(dns.resolverAddress(), dnsblName("198.51.100.77", "bl.test"), Type.TXT))
                .containsExactly("\"Range listed, see http://bl.test/range?ip=198.51.100.77\"");
        assertThat(rcode(dns.resolverAddress(), dnsblName("198.51.101.1", "bl.test"), Type.A))
                .isEqualTo(Rcode.NXDOMAIN);
    }

    @Test
    void refusingOperatorAnswersItsRefusalCodeForEverything() throws IOException {
        for (String ip : List.of("192.0.2.10", "203.0.113.5", "127.0.0.1")) {
            assertThat(answers(dns.resolverAddress(), dnsblName(ip, "refusing.test"), Type.A))
                    .as(ip).containsExactly("127.255.255.254");
        }
    }

    @Test
    void refusedByTheOperatorReachesTheClientAsServfail() throws IOException {
        assertThat(rcode(dns.dnsblAddress(), "2.0.0.127.closed.test", Type.A)).isEqualTo(Rcode.REFUSED);
        assertThat(rcode(dns.resolverAddress(), "2.0.0.127.closed.test", Type.A)).isEqualTo(Rcode.SERVFAIL);
    }

    @Test
    void ipv6ListUsesReversedNibbles() throws IOException {
        assertThat(answers(dns.resolverAddress(), dnsblName("2001:db8:1::25", "bl6.test"), Type.A))
                .containsExactly("127.0.0.2");
        assertThat(answers(dns.resolverAddress(), dnsblName("2001:db8:1::25", "bl6.test"), Type.TXT))
                .containsExactly("\"IPv6 listed, see http://bl6.test/?ip=2001:db8:1::25\"");
        assertThat(rcode(dns.resolverAddress(), dnsblName("2001:db8:1::1", "bl6.test"), Type.A))
                .isEqualTo(Rcode.NXDOMAIN);
    }

    @Test
    void authoritativeDataThroughTheResolver() throws IOException {
        assertThat(answers(dns.resolverAddress(), "10.2.0.192.in-addr.arpa", Type.PTR))
                .containsExactly("mail.test.");
        assertThat(answers(dns.resolverAddress(), "mail.test", Type.A)).containsExactly("192.0.2.10");
        assertThat(answers(dns.resolverAddress(), "10.2.0.192.origin.asn.test", Type.TXT))
                .containsExactly("\"64496 | 192.0.2.0/24 | ZZ | test | 2024-01-01\"");
        assertThat(answers(dns.resolverAddress(), "AS64496.asn.test", Type.TXT))
                .containsExactly("\"64496 | ZZ | test | 2024-01-01 | EXAMPLE-NET, ZZ\"");
    }

    @Test
    void namesOutsideTheTestZonesAreNxdomainFromTheLocalRoot() throws IOException {
        Message response = query(dns.resolverAddress(), "gmail.com", Type.MX);
        assertThat(response.getRcode()).isEqualTo(Rcode.NXDOMAIN);
    }

    @Test
    void rbldnsdAnswersDirectlyAndAuthoritatively() throws IOException {
        Message response = query(dns.dnsblAddress(), "2.0.0.127.bl.test", Type.A);
        assertThat(response.getHeader().getFlag(Flags.AA)).isTrue();
        assertThat(strings(response)).containsExactly("127.0.0.2");
        Message negative = query(dns.dnsblAddress(), "1.0.0.127.bl.test", Type.A);
        assertThat(negative.getRcode()).isEqualTo(Rcode.NXDOMAIN);
        assertThat(negative.getSection(Section.AUTHORITY)).anyMatch(r -> r.getType() == Type.SOA);
    }

    @Test
    void nsdAnswersDirectlyAndAuthoritatively() throws IOException {
        Message response = query(dns.authoritativeAddress(), "10.2.0.192.in-addr.arpa", Type.PTR);
        assertThat(response.getHeader().getFlag(Flags.AA)).isTrue();
        assertThat(strings(response)).containsExactly("mail.test.");
    }

    /** The name a DNSBL is asked for: the address reversed (nibbles for IPv6) under the zone. */
    private static String dnsblName(String ip, String zone) throws IOException {
        String reversed = ReverseMap.fromAddress(InetAddress.getByName(ip)).toString();
        return reversed.replaceFirst("(in-addr|ip6)\\.arpa\\.$", "") + zone;
    }

    private static int rcode(InetSocketAddress server, String name, int type) throws IOException {
        return query(server, name, type).getRcode();
    }

    private static List<String> answers(InetSocketAddress server, String name, int type) throws IOException {
        Message response = query(server, name, type);
        assertThat(response.getRcode()).as("rcode for %s %s", name, Type.string(type)).isEqualTo(Rcode.NOERROR);
        return strings(response);
    }

    private static List<String> strings(Message response) {
        return response.getSection(Section.ANSWER).stream()
                .map(Record::rdataToString)
                .collect(Collectors.toList());
    }

    private static Message query(InetSocketAddress server, String name, int type) throws IOException {
        SimpleResolver resolver = new SimpleResolver(server);
        resolver.setTimeout(Duration.ofSeconds(5));
        Record question = Record.newRecord(Name.fromString(name, Name.root), type, DClass.IN);
        return resolver.send(Message.newQuery(question));
    }
}
