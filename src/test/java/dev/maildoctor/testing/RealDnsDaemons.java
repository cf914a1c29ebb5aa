package dev.maildoctor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.xbill.DNS.Name;

/**
 * The DNS daemons real mail networks run, started by a test on 127.0.0.1 high ports: unbound (the
 * recursive resolver a user's server asks), nsd (authoritative zones: PTR, forward names, ASN
 * look-up zones) and rbldnsd (what DNSBL operators run). Configuration, data and logs live in one
 * temporary directory that {@link #close()} deletes together with the processes.
 *
 * <p>unbound reaches nothing but the other two: every test zone is a stub zone pointing at nsd or
 * rbldnsd, the root "." is a tiny zone on nsd, and outgoing queries are bound to 127.0.0.1. A name
 * outside the test zones is therefore NXDOMAIN, and no query ever leaves the machine.
 *
 * <pre>{@code
 * RealDnsDaemons.assumeAvailableOrRequired();
 * try (RealDnsDaemons dns = RealDnsDaemons.builder()
 *         .dnsblZone("bl.test", """
 *             :127.0.0.2:Listed, see http://bl.test/?ip=$
 *             127.0.0.2
 *             !127.0.0.1
 *             """)
 *         .authoritativeZone("2.0.192.in-addr.arpa", """
 *             $TTL 300
 *             @  SOA ns.test. hostmaster.test. 1 3600 600 86400 60
 *             @  NS  ns.test.
 *             10 PTR mail.test.
 *             """)
 *         .start()) {
 *     SimpleResolver resolver = new SimpleResolver(dns.resolverAddress());
 *     ...
 * }
 * }</pre>
 *
 * <p>DNSBL data is in rbldnsd's own formats (see {@code man rbldnsd}); each DNSBL zone also gets a
 * SOA and NS (from a small generic dataset listed after the test's data, so a {@code $SOA} in the
 * test's data wins), so negative answers carry a SOA like real lists. Warnings rbldnsd prints about
 * data lines (e.g. an entry it ignores) fail the start, so a typo cannot silently mean "not listed".
 *
 * <p>Each daemon's configuration is written by {@link NsdConfig}, {@link RbldnsdConfig} and
 * {@link UnboundConfig}; {@link DaemonProcess} starts a daemon, waits until it answers and stops it.
 */
public final class RealDnsDaemons implements AutoCloseable {
    /** System property that turns "daemons missing" from a skipped test into a failure. */
    public static final String REQUIRE_PROPERTY = "maildoctor.requireDaemons";

    private final Path directory;
    private final List<DaemonProcess> daemons;
    private final Thread shutdownHook;

    private RealDnsDaemons(Path directory, List<DaemonProcess> daemons) {
        this.directory = directory;
        this.daemons = List.copyOf(daemons);
        this.shutdownHook = new Thread(this::stopAll, "real-dns-daemons-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** True when unbound, nsd and rbldnsd are installed (in /usr/sbin or on the PATH). */
    public static boolean available() {
        return DaemonBinaries.missing().isEmpty();
    }

    /**
     * Skips the calling test when the daemons are not installed, or fails it when they are required:
     * system property {@value #REQUIRE_PROPERTY}=true or environment variable CI=true.
     */
    public static void assumeAvailableOrRequired() {
        List<String> missing = DaemonBinaries.missing();
        if (missing.isEmpty()) {
            return;
        }
        String install = "install them with: apt-get install unbound nsd rbldnsd";
        if (Boolean.getBoolean(REQUIRE_PROPERTY) || "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError("Real-daemon DNS tests are required here (-D" + REQUIRE_PROPERTY
                    + "=true or CI=true) but " + missing + " not found in /usr/sbin or on the PATH; "
                    + install);
        }
        Assumptions.abort("skipped: " + missing + " not installed; " + install);
    }

    /** unbound: the recursive resolver that sees every test zone. */
    public InetSocketAddress resolverAddress() {
        return daemon("unbound").address();
    }

    /** nsd: authoritative for the test's zones and the local root zone. */
    public InetSocketAddress authoritativeAddress() {
        return daemon("nsd").address();
    }

    /** rbldnsd: the DNSBL zones; only present when the test configured at least one. */
    public InetSocketAddress dnsblAddress() {
        return daemon("rbldnsd").address();
    }

    /** Where configs, data and the daemons' logs ({@code <name>.log}) are, for debugging a test. */
    public Path directory() {
        return directory;
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to; stopping twice is harmless
        }
        stopAll();
        DaemonFiles.deleteTree(directory);
    }

    private DaemonProcess daemon(String name) {
        return daemons.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " was not started"
                        + ("rbldnsd".equals(name) ? " (no DNSBL zone configured)" : "")));
    }

    private void stopAll() {
        // reverse start order: the resolver first, so it never queries a vanished server
        for (int i = daemons.size() - 1; i >= 0; i--) {
            daemons.get(i).stop();
        }
    }

    /** Collects zones and options; {@link #start()} writes the configs and starts the daemons. */
    public static final class Builder {
        private final Map<Name, String> authoritativeZones = new LinkedHashMap<>();
        private final List<RbldnsdConfig.Dataset> dnsblDatasets = new ArrayList<>();
        private final List<String> resolverOptions = new ArrayList<>();

        private Builder() {
        }

        /** A DNSBL zone in rbldnsd's ip4set format, e.g. {@code "127.0.0.2"}, {@code "!127.0.0.1"}. */
        public Builder dnsblZone(String zone, String ip4setData) {
            return dnsblZone(zone, "ip4set", ip4setData);
        }

        /**
         * A DNSBL zone with data in any rbldnsd dataset type: {@code ip4set}, {@code ip4trie} (accepts
         * {@code 0/0}, i.e. "every address"), {@code ip6trie}, {@code ip6tset}, {@code dnset},
         * {@code generic}, {@code acl} ... Several calls for one zone combine their datasets; an
         * {@code acl} dataset such as {@code "127.0.0.1 :refuse"} makes the zone refuse the resolver.
         */
        public Builder dnsblZone(String zone, String datasetType, String data) {
            Name name = DaemonFiles.absolute(zone);
            if (name.equals(Name.root)) {
                throw new IllegalArgumentException("a DNSBL zone cannot be the root");
            }
            dnsblDatasets.add(new RbldnsdConfig.Dataset(name, datasetType, data));
            return this;
        }

        /** A zone file for nsd (master file format; the origin defaults to the zone name). */
        public Builder authoritativeZone(String zone, String zoneFile) {
            authoritativeZones.put(DaemonFiles.absolute(zone), zoneFile);
            return this;
        }

        /** An extra line for unbound's {@code server:} clause, e.g. {@code "qname-minimisation: no"}. */
        public Builder resolverOption(String line) {
            resolverOptions.add(line);
            return this;
        }

        public RealDnsDaemons start() throws IOException {
            List<String> missing = DaemonBinaries.missing();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("not installed: " + missing
                        + " (call RealDnsDaemons.assumeAvailableOrRequired() first)");
            }
            Path dir = DaemonFiles.createDirectory();
            List<DaemonProcess> started = new ArrayList<>();
            try {
                Map<Name, String> zones = new LinkedHashMap<>(authoritativeZones);
                zones.putIfAbsent(Name.root, NsdConfig.ROOT_ZONE);
                DaemonProcess nsd = NsdConfig.start(dir, zones);
                started.add(nsd);
                Map<Name, InetSocketAddress> stubs = new LinkedHashMap<>();
                zones.keySet().forEach(z -> stubs.put(z, nsd.address()));
                if (!dnsblDatasets.isEmpty()) {
                    DaemonProcess rbldnsd = RbldnsdConfig.start(dir, dnsblDatasets);
                    started.add(rbldnsd);
                    dnsblDatasets.forEach(d -> stubs.put(d.zone(), rbldnsd.address()));
                }
                started.add(UnboundConfig.start(dir, stubs, resolverOptions));
                return new RealDnsDaemons(dir, started);
            } catch (IOException | RuntimeException | Error e) {
                started.forEach(DaemonProcess::stop);
                try {
                    DaemonFiles.deleteTree(dir);
                } catch (UncheckedIOException cleanup) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
        }
    }
}
