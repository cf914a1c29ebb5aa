package dev.maildoctor.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/** nsd: writes nsd.conf and one zone file per zone, and starts it in the foreground. */
final class NsdConfig {
    /** The local root: unbound's iteration ends here, so names outside the test zones are NXDOMAIN. */
    static final String ROOT_ZONE = """
            $TTL 300
            .          IN SOA ns.root.test. hostmaster.root.test. 1 3600 600 86400 60
            .          IN NS  ns.root.test.
            """;

    private NsdConfig() {
    }

    /** Starts nsd for {@code zones} (zone name to master-file text); ready once every zone has a SOA. */
    static DaemonProcess start(Path dir, Map<Name, String> zones) throws IOException {
        StringBuilder zoneClauses = new StringBuilder();
        for (Map.Entry<Name, String> zone : zones.entrySet()) {
            Path file = DaemonFiles.write(dir, "nsd-" + DaemonFiles.fileName(zone.getKey()) + ".zone",
                    zone.getValue());
            checkZone(zone.getKey(), file);
            zoneClauses.append("zone:\n  name: \"").append(zone.getKey()).append("\"\n")
                    .append("  zonefile: \"").append(file).append("\"\n");
        }
        Path conf = dir.resolve("nsd.conf");
        List<Record> soas = zones.keySet().stream().map(z -> Record.newRecord(z, Type.SOA, DClass.IN))
                .collect(Collectors.toList());
        return DaemonProcess.launch("nsd", dir, soas, port -> {
            DaemonFiles.write(dir, conf.getFileName().toString(), """
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
            return List.of(DaemonBinaries.path("nsd"), "-d", "-c", conf.toString());
        });
    }

    /** nsd only logs a broken zone and serves without it; nsd-checkzone says what is wrong. */
    private static void checkZone(Name zone, Path file) throws IOException {
        Optional<Path> checker = DaemonBinaries.find("nsd-checkzone");
        if (checker.isEmpty()) {
            return;
        }
        Path out = file.resolveSibling(file.getFileName() + ".check");
        Process p = new ProcessBuilder(checker.get().toString(), zone.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        try {
            if (!p.waitFor(DaemonProcess.STARTUP_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalArgumentException("zone " + zone + " does not load:\n" + DaemonFiles.read(out));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while checking zone " + zone, e);
        }
    }
}
