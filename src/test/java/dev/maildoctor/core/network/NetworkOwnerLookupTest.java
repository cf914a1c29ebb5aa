package dev.maildoctor.core.network;

import static org.assertj.core.api.Assertions.assertThat;

import dev.maildoctor.core.dns.DnsjavaDns;
import dev.maildoctor.testing.FakeDnsServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NetworkOwnerLookupTest {
    private final FakeDnsServer server = new FakeDnsServer();
    private final NetworkOwnerLookup lookup =
            new NetworkOwnerLookup(new DnsjavaDns(List.of(server.address()), Duration.ofMillis(300), 16));

    @AfterEach
    void close() {
        server.close();
    }

    private NetworkOwner owner(String ip) {
        return lookup.lookup(TargetParser.parse(ip)).toCompletableFuture().join();
    }

    @Test
    void genericForwardConfirmedPtrAndCymruOrigin() {
        server.add("105.40.122.153.in-addr.arpa", "PTR", "v153-122-40-105.example.jp.")
                .add("v153-122-40-105.example.jp", "A", "153.122.40.105")
                .add("105.40.122.153.origin.asn.cymru.com", "TXT", "7506 | 153.122.0.0/16 | JP | apnic | 2011-02-01")
                .add("AS7506.asn.cymru.com", "TXT", "7506 | JP | apnic | 1998-01-01 | INTERQ GMO Internet,Inc, JP");
        NetworkOwner o = owner("153.122.40.105");
        assertThat(o.ptr()).contains("v153-122-40-105.example.jp");
        assertThat(o.ptrGeneric()).isTrue();
        assertThat(o.fcrdns()).isEqualTo(Fcrdns.CONFIRMED);
        assertThat(o.asn()).contains("7506");
        assertThat(o.prefix()).contains("153.122.0.0/16");
        assertThat(o.country()).contains("JP");
        assertThat(o.holder()).contains("INTERQ GMO Internet,Inc, JP");
        assertThat(o.complete()).isTrue();
        assertThat(o.evidence()).hasSize(4);
    }

    @Test
    void ptrThatDoesNotResolveBackIsAMismatch() {
        server.add("10.2.0.192.in-addr.arpa", "PTR", "mail.example.net.").add("mail.example.net", "A", "192.0.2.99");
        NetworkOwner o = owner("192.0.2.10");
        assertThat(o.ptrGeneric()).isFalse();
        assertThat(o.fcrdns()).isEqualTo(Fcrdns.MISMATCH);
        assertThat(o.asn()).isEmpty();
        assertThat(o.complete()).isTrue();
    }

    @Test
    void missingPtrIsNoPtrButTimeoutIsUnknown() {
        assertThat(owner("192.0.2.11").fcrdns()).isEqualTo(Fcrdns.NO_PTR);
        server.timeout("*.in-addr.arpa");
        NetworkOwner o = owner("192.0.2.12");
        assertThat(o.fcrdns()).isEqualTo(Fcrdns.UNKNOWN);
        assertThat(o.complete()).isFalse();
    }

    @Test
    void ipv6UsesIp6ArpaAndOrigin6() {
        String nibbles = "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2";
        server.add(nibbles + ".ip6.arpa", "PTR", "mx.example.org.").add("mx.example.org", "AAAA", "2001:db8::1")
                .add(nibbles + ".origin6.asn.cymru.com", "TXT", "64496 | 2001:db8::/32 | ZZ | other | 2020-01-01");
        NetworkOwner o = owner("2001:db8::1");
        assertThat(o.fcrdns()).isEqualTo(Fcrdns.CONFIRMED);
        assertThat(o.asn()).contains("64496");
        assertThat(o.holder()).isEmpty();
    }
}
