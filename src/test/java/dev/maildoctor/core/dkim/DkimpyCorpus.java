package dev.maildoctor.core.dkim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Files of the dkimpy test data copied under src/test/resources/corpora/dkim-dkimpy (zlib licence). */
final class DkimpyCorpus {
    private DkimpyCorpus() {
    }

    static String text(String file) {
        try (InputStream in = DkimpyCorpus.class.getResourceAsStream("/corpora/dkim-dkimpy/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing corpus file " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A key record file: one line. */
    static String record(String file) {
        return text(file).strip();
    }

    /** The TXT value dns-records.txt gives for a name (the first line for it). */
    static String dnsRecord(String name) {
        for (String line : text("dns-records.txt").split("\n")) {
            String[] parts = line.split("\t", 2);
            if (parts.length == 2 && parts[0].equals(name)) {
                return parts[1].startsWith("@") ? record(parts[1].substring(1)) : parts[1].strip();
            }
        }
        throw new IllegalStateException("no record for " + name);
    }
}
