package dev.maildoctor.core.message.bounce;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The copy of sisimai's set-of-emails under src/test/resources, and its expectation tables. */
public final class SisimaiCorpus {
    private SisimaiCorpus() {
    }

    /** One row of expected-go-sisimai.tsv, with the recipient from expected-recipients.tsv. */
    record Row(String file, int index, String status, String replyCode, String reason, String engine,
            String recipient, String recipientSource) {
    }

    static Path root() {
        try {
            return Path.of(SisimaiCorpus.class.getResource("/corpora/bounces-sisimai").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path file(String relative) {
        return root().resolve(relative);
    }

    /** Rows whose message exists in the copy (four rows name files renamed upstream). */
    static List<Row> rows() {
        try {
            Map<String, String[]> recipients = new HashMap<>();
            for (String line : Files.readAllLines(root().resolve("expected-recipients.tsv"))) {
                if (!line.startsWith("#")) {
                    String[] p = line.split("\t", -1);
                    recipients.put(p[0] + "#" + p[1], new String[] {p[2], p[3]});
                }
            }
            List<Row> out = new ArrayList<>();
            for (String line : Files.readAllLines(root().resolve("expected-go-sisimai.tsv"))) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] p = line.split("\t", -1);
                if (!Files.exists(root().resolve(p[0]))) {
                    continue;
                }
                String[] r = recipients.getOrDefault(p[0] + "#" + p[1], new String[] {"", ""});
                out.add(new Row(p[0], Integer.parseInt(p[1]), p[2], p[3], p[4], p[7], r[0], r[1]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Path> bsdFiles() {
        try (var files = Files.list(root().resolve("maildir/bsd"))) {
            return files.filter(f -> f.toString().endsWith(".eml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
