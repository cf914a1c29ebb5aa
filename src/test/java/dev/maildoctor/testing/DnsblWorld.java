package dev.maildoctor.testing;

import dev.maildoctor.core.dns.DnsjavaDns;
import dev.maildoctor.core.dnsbl.catalogue.Catalogue;
import dev.maildoctor.core.dnsbl.catalogue.CatalogueLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

/**
 * A fake DNS world for blocklist tests: the test catalogue's zones with working RFC 5782 test
 * points, to which each test adds its listings and faults.
 */
public final class DnsblWorld implements AutoCloseable {
    public static final List<String> IP_ZONES = List.of("bl.test", "zen.test", "score.test", "range.test");

    private final FakeDnsServer server = new FakeDnsServer();

    public DnsblWorld() {
        for (String zone : IP_ZONES) {
            server.add("2.0.0.127." + zone, "A", "127.0.0.2");
            server.add("2.0.0.127." + zone, "TXT", "test point");
        }
        server.add("2.0.0.0.0.0.f.7.f.f.f.f.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.bl.test", "A", "127.0.0.2");
        server.add("dbltest.com.dbl.test", "A", "127.0.0.2");
    }

    public static Catalogue catalogue() {
        try (InputStream in = DnsblWorld.class.getResourceAsStream("/dev/maildoctor/dnsbl/test-catalogue.yaml")) {
            return CatalogueLoader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public FakeDnsServer server() {
        return server;
    }

    /** Lists an IPv4 address (dotted) on a zone with the given code and TXT. */
    public DnsblWorld list(String ip, String zone, String code, String txt) {
        String name = reverse(ip) + "." + zone;
        server.add(name, "A", code);
        if (txt != null) {
            server.add(name, "TXT", txt);
        }
        return this;
    }

    public DnsjavaDns dns(Duration timeout) {
        return new DnsjavaDns(List.of(server.address()), timeout, 64);
    }

    public DnsjavaDns dns() {
        return dns(Duration.ofSeconds(2));
    }

    public static String reverse(String ip) {
        String[] o = ip.split("\\.");
        return o[3] + "." + o[2] + "." + o[1] + "." + o[0];
    }

    @Override
    public void close() {
        server.close();
    }
}
