package dev.maildoctor.app;

import static dev.maildoctor.testing.FakeDnsServer.rr;

import dev.maildoctor.testing.FakeDnsServer;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Zone data for a listing incident on a {@link FakeDnsServer}: blocklist zones that pass their
 * RFC 5782 test points and list chosen addresses of one /24, a zone that refuses every query, and
 * the owner records (PTR, forward name, Team Cymru origin and AS description).
 */
public final class IncidentDns {
    private final FakeDnsServer dns;
    private final String network;

    /** @param network the first three octets of the /24, e.g. "153.122.40" */
    public IncidentDns(FakeDnsServer dns, String network) {
        this.dns = dns;
        this.network = network;
    }

    /**
     * A working list: 127.0.0.2 is listed, 127.0.0.1 is not, and an address of the /24 gets the
     * records {@code byOctet} returns for its last octet (null: not listed).
     */
    public IncidentDns list(String zone, IntFunction<List<FakeDnsServer.Rr>> byOctet) {
        String[] net = network.split("\\.");
        String suffix = "." + net[2] + "." + net[1] + "." + net[0];
        dns.answerUnder(zone, name -> {
            if (name.equals("2.0.0.127")) {
                return List.of(rr("A", "127.0.0.2"), rr("TXT", "RFC 5782 test point"));
            }
            if (!name.endsWith(suffix)) {
                return null;
            }
            String octet = name.substring(0, name.length() - suffix.length());
            if (!octet.matches("\\d{1,3}")) {
                return null;
            }
            return byOctet.apply(Integer.parseInt(octet));
        });
        return this;
    }

    /** A list whose operator refuses everything that comes through this resolver (e.g. 127.255.255.254). */
    public IncidentDns refusing(String zone, String code) {
        dns.answerUnder(zone, name -> List.of(rr("A", code)));
        return this;
    }

    /** PTR and its forward name for the address with last octet {@code octet}, and its routing data. */
    public IncidentDns owner(int octet, String ptr, String origin, String asn, String asDescription) {
        String[] net = network.split("\\.");
        String address = network + "." + octet;
        dns.add(octet + "." + net[2] + "." + net[1] + "." + net[0] + ".in-addr.arpa", "PTR", ptr + ".");
        dns.add(ptr, "A", address);
        dns.add(octet + "." + net[2] + "." + net[1] + "." + net[0] + ".origin.asn.cymru.com", "TXT", origin);
        dns.add("AS" + asn + ".asn.cymru.com", "TXT", asDescription);
        return this;
    }

    /** Convenience for {@code byOctet}: the address is listed with these codes. */
    public static List<FakeDnsServer.Rr> listed(String... codes) {
        return java.util.Arrays.stream(codes).map(c -> rr("A", c)).toList();
    }
}
