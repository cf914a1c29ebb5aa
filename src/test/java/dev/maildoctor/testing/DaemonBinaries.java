package dev.maildoctor.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Where the daemons' executables are (Debian puts them in /usr/sbin, often not on a user's PATH). */
final class DaemonBinaries {
    static final List<String> REQUIRED = List.of("unbound", "nsd", "rbldnsd");

    private DaemonBinaries() {
    }

    static List<String> missing() {
        return REQUIRED.stream().filter(b -> find(b).isEmpty()).collect(Collectors.toList());
    }

    /** The path of an installed binary, for a command line. */
    static String path(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException(name + " not installed")).toString();
    }

    static Optional<Path> find(String name) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.concat(Stream.of("/usr/sbin", "/usr/local/sbin"), Stream.of(path.split(":")))
                .filter(d -> !d.isEmpty()).map(d -> Path.of(d, name))
                .filter(Files::isExecutable).findFirst();
    }

    static boolean runningAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
