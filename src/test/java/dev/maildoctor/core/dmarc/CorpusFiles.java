package dev.maildoctor.core.dmarc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Reads the DMARC corpora copied under src/test/resources/corpora (never from ../shared). */
final class CorpusFiles {
    private CorpusFiles() {
    }

    static String read(String path) {
        try (InputStream in = CorpusFiles.class.getResourceAsStream("/corpora/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /corpora/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a TSV file, comment lines ("#") left out, each split on tabs keeping empty fields. */
    static List<String[]> tsv(String path) {
        return read(path).lines().filter(l -> !l.startsWith("#") && !l.isBlank())
                .map(l -> l.split("\t", -1)).toList();
    }

    static String join(String[] row) {
        return String.join(" | ", Arrays.asList(row));
    }
}
