package dev.maildoctor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

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
 */
public final class RealDnsDaemons implements AutoCloseable {
    /** System property that turns "daemons missing" from a skipped test into a failure. */
    public static final String REQUIRE_PROPERTY = "maildoctor.requireDaemons";

    // 127.0.0.1 itself: getLoopbackAddress() is ::1 when Java prefers IPv6, and the daemons bind IPv4
    private static final InetAddress LOOPBACK = ipv4Loopback();
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration PROBE_TIMEOUT = Duration.ofMillis(300);
    private static final int PORT_ATTEMPTS = 3;
    private static final String ADDRESS_IN_USE = "Address already in use";

    private final Path directory;
    private final List<Daemon> daemons;
    private final Thread shutdownHook;

    private RealDnsDaemons(Path directory, List<Daemon> daemons) {
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
        return missingBinaries().isEmpty();
    }

    /**
     * Skips the calling test when the daemons are not installed, or fails it when they are required:
     * system property {@value #REQUIRE_PROPERTY}=true or environment variable CI=true.
     */
    public static void assumeAvailableOrRequired() {
        List<String> missing = missingBinaries();
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
        deleteTree(directory);
    }

    private Daemon daemon(String name) {
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
        private final List<Dataset> dnsblDatasets = new ArrayList<>();
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
            Name name = absolute(zone);
            if (name.equals(Name.root)) {
                throw new IllegalArgumentException("a DNSBL zone cannot be the root");
            }
            dnsblDatasets.add(new Dataset(name, datasetType, data));
            return this;
        }

        /** A zone file for nsd (master file format; the origin defaults to the zone name). */
        public Builder authoritativeZone(String zone, String zoneFile) {
            authoritativeZones.put(absolute(zone), zoneFile);
            return this;
        }

        /** An extra line for unbound's {@code server:} clause, e.g. {@code "qname-minimisation: no"}. */
        public Builder resolverOption(String line) {
            resolverOptions.add(line);
            return this;
        }

        public RealDnsDaemons start() throws IOException {
            List<String> missing = missingBinaries();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("not installed: " + missing
                        + " (call RealDnsDaemons.assumeAvailableOrRequired() first)");
            }
            Path dir = Files.createTempDirectory("maildoctor-dns-");
            // rbldnsd drops root to another user before (re)reading its data files
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            List<Daemon> started = new ArrayList<>();
            try {
                Map<Name, String> zones = new LinkedHashMap<>(authoritativeZones);
                zones.putIfAbsent(Name.root, ConfigFiles.ROOT_ZONE);
                Daemon nsd = ConfigFiles.startNsd(dir, zones);
                started.add(nsd);
                Daemon rbldnsd = dnsblDatasets.isEmpty() ? null : ConfigFiles.startRbldnsd(dir, dnsblDatasets);
                if (rbldnsd != null) {
                    started.add(rbldnsd);
                }
                Map<Name, InetSocketAddress> stubs = new LinkedHashMap<>();
                zones.keySet().forEach(z -> stubs.put(z, nsd.address()));
                dnsblDatasets.forEach(d -> stubs.put(d.zone(), rbldnsd.address()));
                started.add(ConfigFiles.startUnbound(dir, stubs, resolverOptions));
                return new RealDnsDaemons(dir, started);
            } catch (IOException | RuntimeException | Error e) {
                started.forEach(Daemon::stop);
                try {
                    deleteTree(dir);
                } catch (UncheckedIOException cleanup) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
        }
    }

    private record Dataset(Name zone, String type, String data) {
    }

    /** Writes each daemon's configuration and data, and starts it on a free port. */
    private static final class ConfigFiles {
        static final String ROOT_ZONE = """
                $TTL 300
                .          IN SOA ns.root.test. hostmaster.root.test. 1 3600 600 86400 60
                .          IN NS  ns.root.test.
                """;

        static Daemon startNsd(Path dir, Map<Name, String> zones) throws IOException {
            StringBuilder zoneClauses = new StringBuilder();
            for (Map.Entry<Name, String> zone : zones.entrySet()) {
                Path file = write(dir, "nsd-" + fileName(zone.getKey()) + ".zone", zone.getValue());
                checkZone(zone.getKey(), file);
                zoneClauses.append("zone:\n  name: \"").append(zone.getKey()).append("\"\n")
                        .append("  zonefile: \"").append(file).append("\"\n");
            }
            Path conf = dir.resolve("nsd.conf");
            List<Record> soas = zones.keySet().stream().map(z -> Record.newRecord(z, Type.SOA, DClass.IN))
                    .collect(Collectors.toList());
            return launch("nsd", dir, soas, port -> {
                write(dir, conf.getFileName().toString(), """
                        server:
                          ip-address: 127.0.0.1
                          port: %d
                          do-ip6: no
                          reuseport: no
                          server-count: 1
                          username: ""
                          chroot: ""
                          database: ""
                          zonesdir: "%s"
                          zonelistfile: "%s/nsd-zone.list"
                          xfrdfile: "%s/nsd-xfrd.state"
                          xfrdir: "%s"
                          pidfile: "%s/nsd.pid"
                          zonefiles-write: 0
                          verbosity: 1
                        remote-control:
                          control-enable: no
                        """.formatted(port, dir, dir, dir, dir, dir) + zoneClauses);
                return List.of(binary("nsd"), "-d", "-c", conf.toString());
            });
        }

        static Daemon startRbldnsd(Path dir, List<Dataset> datasets) throws IOException {
            List<String> specs = new ArrayList<>();
            Set<Name> zones = new LinkedHashSet<>();
            for (Dataset d : datasets) {
                String file = fileName(d.zone()) + "-" + specs.size() + "." + d.type();
                write(dir, file, d.data());
                specs.add(d.zone().toString(true) + ":" + d.type() + ":" + file);
                zones.add(d.zone());
            }
            for (Name zone : zones) {
                // after the test's datasets, so a $SOA or $NS of its own wins (rbldnsd uses the first)
                String file = fileName(zone) + "-soa.generic";
                write(dir, file, "$SOA 300 ns." + zone + " hostmaster." + zone + " 0 600 300 86400 60\n"
                        + "$NS 300 ns." + zone + "\nns A 127.0.0.1\n");
                specs.add(zone.toString(true) + ":generic:" + file);
            }
            // a zone's ACL may refuse or ignore 127.0.0.1, so readiness is asked outside the zones
            Record version = Record.newRecord(Name.fromConstantString("version.bind."), Type.TXT, DClass.CH);
            Daemon daemon = launch("rbldnsd", dir, List.of(version), port -> {
                List<String> command = new ArrayList<>(List.of(binary("rbldnsd"), "-n", "-4",
                        "-b", "127.0.0.1/" + port, "-w", dir.toString()));
                if (runningAsRoot()) {
                    command.addAll(List.of("-u", "nobody")); // rbldnsd refuses to run as root
                }
                command.addAll(specs);
                return command;
            });
            List<String> dataWarnings = readLog(daemon.log()).lines()
                    .filter(line -> line.matches("rbldnsd: .*\\(\\d+\\): .*")).collect(Collectors.toList());
            if (!dataWarnings.isEmpty()) {
                daemon.stop();
                throw new IllegalArgumentException("rbldnsd rejected DNSBL data lines:\n"
                        + String.join("\n", dataWarnings));
            }
            return daemon;
        }

        static Daemon startUnbound(Path dir, Map<Name, InetSocketAddress> stubs, List<String> options)
                throws IOException {
            StringBuilder local = new StringBuilder();
            StringBuilder stubClauses = new StringBuilder();
            Set<Name> undefaulted = new LinkedHashSet<>();
            for (Map.Entry<Name, InetSocketAddress> stub : stubs.entrySet()) {
                // unbound answers test., 2.0.192.in-addr.arpa. etc. itself unless told not to
                for (Name n = stub.getKey(); n.labels() > 1; n = new Name(n, 1)) {
                    if (undefaulted.add(n)) {
                        local.append("  local-zone: \"").append(n).append("\" nodefault\n");
                    }
                }
                stubClauses.append("stub-zone:\n  name: \"").append(stub.getKey()).append("\"\n")
                        .append("  stub-addr: 127.0.0.1@").append(stub.getValue().getPort()).append('\n');
            }
            String extra = options.stream().map(o -> "  " + o + "\n").collect(Collectors.joining());
            Path conf = dir.resolve("unbound.conf");
            return launch("unbound", dir, List.of(Record.newRecord(Name.root, Type.SOA, DClass.IN)), port -> {
                write(dir, conf.getFileName().toString(), """
                        server:
                          interface: 127.0.0.1
                          port: %d
                          interface-automatic: no
                          outgoing-interface: 127.0.0.1
                          do-ip4: yes
                          do-ip6: no
                          so-reuseport: no
                          num-threads: 1
                          username: ""
                          chroot: ""
                          directory: "%s"
                          pidfile: "%s/unbound.pid"
                          logfile: ""
                          use-syslog: no
                          log-time-ascii: yes
                          verbosity: 1
                          access-control: 127.0.0.0/8 allow
                          do-not-query-localhost: no
                          module-config: "iterator"
                        """.formatted(port, dir, dir) + local + extra
                        + "remote-control:\n  control-enable: no\n" + stubClauses);
                return List.of(binary("unbound"), "-d", "-c", conf.toString());
            });
        }

        /** nsd only logs a broken zone and serves without it; nsd-checkzone says what is wrong. */
        private static void checkZone(Name zone, Path file) throws IOException {
            Optional<Path> checker = findBinary("nsd-checkzone");
            if (checker.isEmpty()) {
                return;
            }
            Path out = file.resolveSibling(file.getFileName() + ".check");
            Process p = new ProcessBuilder(checker.get().toString(), zone.toString(), file.toString())
                    .redirectErrorStream(true).redirectOutput(out.toFile()).start();
            try {
                if (!p.waitFor(STARTUP_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || p.exitValue() != 0) {
                    p.destroyForcibly();
                    throw new IllegalArgumentException("zone " + zone + " does not load:\n" + readLog(out));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while checking zone " + zone, e);
            }
        }

        private static String fileName(Name zone) {
            return zone.equals(Name.root) ? "root" : zone.toString(true).replaceAll("[^A-Za-z0-9.-]", "_");
        }
    }

    /**
     * Picks a free port, lets {@code commandForPort} write the config for it, starts the process and
     * waits until it answers every question with NOERROR; retries on a port taken in between.
     */
    private static Daemon launch(String name, Path dir, List<Record> questions, PortCommand commandForPort)
            throws IOException {
        Path log = dir.resolve(name + ".log");
        for (int attempt = 1; ; attempt++) {
            int port = freePort();
            List<String> command = commandForPort.apply(port);
            Process process = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Daemon daemon = new Daemon(name, process, new InetSocketAddress(LOOPBACK, port), log);
            String problem = daemon.awaitAnswers(questions);
            if (problem == null) {
                return daemon;
            }
            daemon.stop();
            String output = readLog(log);
            if (attempt < PORT_ATTEMPTS && output.contains(ADDRESS_IN_USE)) {
                continue;
            }
            throw new IllegalStateException(name + " " + problem + "\ncommand: " + String.join(" ", command)
                    + "\nlast lines of " + log + ":\n" + tail(output, 30) + appArmorHint(name, output));
        }
    }

    @FunctionalInterface
    private interface PortCommand {
        List<String> apply(int port) throws IOException;
    }

    private record Daemon(String name, Process process, InetSocketAddress address, Path log) {
        /** Null once every question is answered with NOERROR, else why not (timeout or exit). */
        String awaitAnswers(List<Record> questions) {
            Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
            List<Record> pending = new ArrayList<>(questions);
            while (true) {
                pending.removeIf(this::answers);
                if (pending.isEmpty()) {
                    return null;
                }
                if (!process.isAlive()) {
                    return "exited with status " + process.exitValue() + " before answering";
                }
                if (Instant.now().isAfter(deadline)) {
                    return "did not answer " + pending + " on " + address + " within "
                            + STARTUP_TIMEOUT.toSeconds() + " s";
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return "start interrupted";
                }
            }
        }

        private boolean answers(Record question) {
            try {
                SimpleResolver resolver = new SimpleResolver(address);
                resolver.setTimeout(PROBE_TIMEOUT);
                Message response = resolver.send(Message.newQuery(question));
                return response.getRcode() == Rcode.NOERROR;
            } catch (IOException notYet) {
                return false;
            }
        }

        /** SIGTERM, then SIGKILL; nsd forks server and xfrd children, which are stopped too. */
        void stop() {
            List<ProcessHandle> children = process.descendants().collect(Collectors.toList());
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
    }

    private static String appArmorHint(String name, String output) {
        boolean denied = output.contains("Permission denied") || output.contains("could not open");
        return denied && "unbound".equals(name)
                ? "\n(if AppArmor enforces Debian's unbound profile, unbound cannot read configs outside "
                        + "/etc/unbound: apparmor_parser -R /etc/apparmor.d/usr.sbin.unbound, as .ci/run does)"
                : "";
    }

    private static int freePort() throws IOException {
        for (int i = 0; i < 20; i++) {
            try (ServerSocket tcp = new ServerSocket(0, 1, LOOPBACK)) {
                if (udpFree(tcp.getLocalPort())) {
                    return tcp.getLocalPort(); // the daemon binds it right after; launch() retries if not
                }
            }
        }
        throw new IOException("no port on 127.0.0.1 is free for both TCP and UDP");
    }

    private static boolean udpFree(int port) {
        try {
            new DatagramSocket(new InetSocketAddress(LOOPBACK, port)).close();
            return true;
        } catch (SocketException taken) {
            return false;
        }
    }

    private static InetAddress ipv4Loopback() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static List<String> missingBinaries() {
        return Stream.of("unbound", "nsd", "rbldnsd").filter(b -> findBinary(b).isEmpty())
                .collect(Collectors.toList());
    }

    private static String binary(String name) {
        return findBinary(name).orElseThrow(() -> new IllegalStateException(name + " not installed")).toString();
    }

    private static Optional<Path> findBinary(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.concat(Stream.of("/usr/sbin", "/usr/local/sbin"), Stream.of(path.split(":")))
                .filter(d -> !d.isEmpty()).map(d -> Path.of(d, name))
                .filter(Files::isExecutable).findFirst();
    }

    private static boolean runningAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static Name absolute(String zone) {
        try {
            return Name.fromString(zone, Name.root);
        } catch (TextParseException e) {
            throw new IllegalArgumentException("not a domain name: " + zone, e);
        }
    }

    private static Path write(Path dir, String file, String text) throws IOException {
        Path path = dir.resolve(file);
        Files.writeString(path, text.endsWith("\n") ? text : text + "\n");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));
        return path;
    }

    private static String readLog(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            return "(could not read " + log + ": " + e + ")";
        }
    }

    private static String tail(String text, int lines) {
        List<String> all = text.lines().collect(Collectors.toList());
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dir, e);
        }
    }
}
