package dev.maildoctor.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * rbldnsd: writes one data file per dataset plus a generic SOA/NS dataset per zone, and starts it
 * in the foreground. Data lines rbldnsd warns about fail the start, so a typo cannot silently mean
 * "not listed".
 */
final class RbldnsdConfig {
    /** One dataset of a DNSBL zone, in one of rbldnsd's dataset types (ip4set, ip4trie, dnset, acl ...). */
    record Dataset(Name zone, String type, String data) {
    }

    private RbldnsdConfig() {
    }

    static DaemonProcess start(Path dir, List<Dataset> datasets) throws IOException {
        List<String> specs = new ArrayList<>();
        Set<Name> zones = new LinkedHashSet<>();
        for (Dataset d : datasets) {
            String file = DaemonFiles.fileName(d.zone()) + "-" + specs.size() + "." + d.type();
            DaemonFiles.write(dir, file, d.data());
            specs.add(d.zone().toString(true) + ":" + d.type() + ":" + file);
            zones.add(d.zone());
        }
        for (Name zone : zones) {
            // after the test's datasets, so a $SOA or $NS of its own wins (rbldnsd uses the first)
            String file = DaemonFiles.fileName(zone) + "-soa.generic";
            DaemonFiles.write(dir, file, "$SOA 300 ns." + zone + " hostmaster." + zone + " 0 600 300 86400 60\n"
                    + "$NS 300 ns." + zone + "\nns A 127.0.0.1\n");
            specs.add(zone.toString(true) + ":generic:" + file);
        }
        // a zone's ACL may refuse or ignore 127.0.0.1, so readiness is asked outside the zones
        Record version = Record.newRecord(Name.fromConstantString("version.bind."), Type.TXT, DClass.CH);
        DaemonProcess daemon = DaemonProcess.launch("rbldnsd", dir, List.of(version), port -> {
            List<String> command = new ArrayList<>(List.of(DaemonBinaries.path("rbldnsd"), "-n", "-4",
                    "-b", "127.0.0.1/" + port, "-w", dir.toString()));
            if (DaemonBinaries.runningAsRoot()) {
                command.addAll(List.of("-u", "nobody")); // rbldnsd refuses to run as root
            }
            command.addAll(specs);
            return command;
        });
        List<String> dataWarnings = daemon.logText().lines()
                .filter(line -> line.matches("rbldnsd: .*\\(\\d+\\): .*")).collect(Collectors.toList());
        if (!dataWarnings.isEmpty()) {
            daemon.stop();
            throw new IllegalArgumentException("rbldnsd rejected DNSBL data lines:\n"
                    + String.join("\n", dataWarnings));
        }
        return daemon;
    }
}
