package dev.maildoctor.testing;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * unbound: writes unbound.conf with one stub zone per test zone and starts it in the foreground.
 * Outgoing queries are bound to 127.0.0.1 and the root is the local nsd's, so nothing leaves the host.
 */
final class UnboundConfig {
    private UnboundConfig() {
    }

    /**
     * @param stubs   every zone unbound should ask directly, and the server to ask
     * @param options extra lines for the {@code server:} clause
     */
    static DaemonProcess start(Path dir, Map<Name, InetSocketAddress> stubs, List<String> options)
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
        List<Record> ready = List.of(Record.newRecord(Name.root, Type.SOA, DClass.IN));
        return DaemonProcess.launch("unbound", dir, ready, port -> {
            DaemonFiles.write(dir, conf.getFileName().toString(), """
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
            return List.of(DaemonBinaries.path("unbound"), "-d", "-c", conf.toString());
        });
    }
}
