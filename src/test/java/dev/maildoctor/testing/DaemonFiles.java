package dev.maildoctor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/** File and name helpers shared by the daemons' config writers. */
final class DaemonFiles {
    private DaemonFiles() {
    }

    /** The working directory, readable by the unprivileged user rbldnsd switches to. */
    static Path createDirectory() throws IOException {
        Path dir = Files.createTempDirectory("maildoctor-dns-");
        // rbldnsd drops root to another user before (re)reading its data files
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        return dir;
    }

    /** Writes {@code text} (newline-terminated) to a world-readable file in {@code dir}. */
    static Path write(Path dir, String file, String text) throws IOException {
        Path path = dir.resolve(file);
        Files.writeString(path, text.endsWith("\n") ? text : text + "\n");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));
        return path;
    }

    /** A file's text, or "" when it does not exist (yet); never throws, as it serves error messages. */
    static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "(could not read " + file + ": " + e + ")";
        }
    }

    static String tail(String text, int lines) {
        List<String> all = text.lines().collect(Collectors.toList());
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dir, e);
        }
    }

    /** A zone name usable in a file name ("root" for the root zone). */
    static String fileName(Name zone) {
        return zone.equals(Name.root) ? "root" : zone.toString(true).replaceAll("[^A-Za-z0-9.-]", "_");
    }

    static Name absolute(String zone) {
        try {
            return Name.fromString(zone, Name.root);
        } catch (TextParseException e) {
            throw new IllegalArgumentException("not a domain name: " + zone, e);
        }
    }
}
