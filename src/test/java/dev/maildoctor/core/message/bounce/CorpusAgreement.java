package dev.maildoctor.core.message.bounce;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How far the decoder agrees with sisimai on its own corpus, field by field, and the rows where it
 * does not. The definitions are in docs/bounce-accuracy.md (written by {@link #report()}).
 */
final class CorpusAgreement {
    /** A row and what the decoder made of it. */
    record Outcome(SisimaiCorpus.Row row, FailedRecipient got, boolean recipient, boolean status, boolean reason,
            String why) {
        boolean all() {
            return recipient && status && reason;
        }
    }

    final List<Outcome> outcomes = new ArrayList<>();

    static CorpusAgreement measure(BounceDecoder decoder) throws IOException {
        CorpusAgreement a = new CorpusAgreement();
        Map<String, List<FailedRecipient>> decoded = new HashMap<>();
        Map<String, String> raw = new HashMap<>();
        for (SisimaiCorpus.Row row : SisimaiCorpus.rows()) {
            List<FailedRecipient> got = decoded.computeIfAbsent(row.file(), f -> decode(decoder, f, raw));
            FailedRecipient g = row.index() <= got.size() ? got.get(row.index() - 1) : null;
            boolean recipient = g != null && g.recipient().equalsIgnoreCase(row.recipient());
            boolean status = g != null && statusAgrees(row.status(), g.status());
            boolean reason = g != null && g.reason().json().equals(row.reason());
            a.outcomes.add(new Outcome(row, g, recipient, status, reason, why(row, g, raw.get(row.file()))));
        }
        return a;
    }

    /**
     * sisimai writes an internal code (5.0.9xx, 4.0.9xx) when the bounce carries no status code;
     * MailDoctor leaves the status empty then. Those two agree; any real code must be equal.
     */
    static boolean statusAgrees(String expected, String got) {
        if (expected.isEmpty() || StatusCodes.isPseudo(expected)) {
            return got.isEmpty();
        }
        return expected.equals(got);
    }

    private static List<FailedRecipient> decode(BounceDecoder decoder, String file, Map<String, String> raw) {
        try {
            byte[] bytes = Files.readAllBytes(SisimaiCorpus.file(file));
            raw.put(file, new String(bytes, StandardCharsets.ISO_8859_1));
            List<FailedRecipient> out = new ArrayList<>();
            decoder.decode(bytes, file).forEach(r -> out.addAll(r.recipients()));
            return out;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The reason a disagreement is deliberate, or "" when it is simply a miss. */
    private static String why(SisimaiCorpus.Row row, FailedRecipient got, String raw) {
        if (got == null) {
            return "";
        }
        if (row.recipient().endsWith("@libsisimai.org.invalid")) {
            return "the report names no recipient; sisimai substitutes a placeholder address, MailDoctor does not invent one";
        }
        if (StatusCodes.isPseudo(row.status()) && !got.status().isEmpty()
                && raw.contains("Status: " + got.status())) {
            return "the bounce's delivery-status part says Status: " + got.status()
                    + "; sisimai's reader for this format ignores that part";
        }
        if (row.recipientSource().equals("p5-sisimai") && !got.recipient().equalsIgnoreCase(row.recipient())
                && row.reason().equals("vacation") && got.reason() == Reason.VACATION) {
            return "an auto-reply: its sender is reported; the recipient reference comes from sisimai 4.25,"
                    + " which read this message as a bounce";
        }
        return "";
    }

    long count(java.util.function.Predicate<Outcome> p) {
        return outcomes.stream().filter(p).count();
    }

    double share(java.util.function.Predicate<Outcome> p) {
        return (double) count(p) / outcomes.size();
    }

    /** The Markdown report for docs/bounce-accuracy.md. */
    String report() {
        StringBuilder md = new StringBuilder();
        int n = outcomes.size();
        md.append("# Bounce decoding: agreement with sisimai\n\n");
        md.append("Written by `BounceCorpusTest` (`mvn test -Dtest=BounceCorpusTest`); do not edit by hand.\n\n");
        md.append("Corpus: sisimai's set-of-emails (`maildir/bsd`, BSD-2-Clause), copied under "
                + "`src/test/resources/corpora/bounces-sisimai/`. Expectations: `expected-go-sisimai.tsv`, "
                + "transcribed from go-sisimai's tests (2025-02 snapshot), one row per recipient record; rows "
                + "whose file was renamed upstream are left out.\n\n");
        md.append("How each field is compared:\n\n");
        md.append("- **recipient**: the expectation table has no recipient column, so the reference is "
                + "`expected-recipients.tsv`: the address Perl sisimai 4.25.15 reports for the same file and "
                + "index, or, for the 30 DragonFly bounces that version cannot read, the address the bounce's "
                + "own \"error delivering your mail to <...>\" line names. The n-th recipient MailDoctor "
                + "decodes from the file must equal it (case-insensitive); a missing n-th recipient disagrees.\n");
        md.append("- **status**: the enhanced status code must be equal. Where sisimai writes one of its "
                + "internal codes (5.0.9xx, 4.0.9xx: \"the bounce gives no code\"), MailDoctor must give none.\n");
        md.append("- **reason**: sisimai's reason name must be equal (MailDoctor reports in sisimai's vocabulary).\n\n");
        md.append("| field | agree | rows | share |\n|---|---:|---:|---:|\n");
        row(md, "recipient", count(Outcome::recipient), n);
        row(md, "status", count(Outcome::status), n);
        row(md, "reason", count(Outcome::reason), n);
        row(md, "all three", count(Outcome::all), n);
        md.append('\n');
        Map<String, int[]> pairs = new TreeMap<>();
        for (Outcome o : outcomes) {
            if (!o.reason() && o.got() != null) {
                pairs.computeIfAbsent(o.row().reason() + " → " + o.got().reason().json(), k -> new int[1])[0]++;
            }
        }
        md.append("## Reason disagreements by kind (sisimai → MailDoctor)\n\n");
        pairs.entrySet().stream().sorted((x, y) -> y.getValue()[0] - x.getValue()[0])
                .forEach(e -> md.append("- ").append(e.getKey()).append(": ").append(e.getValue()[0]).append('\n'));
        md.append("\n## Every remaining disagreement\n\n");
        md.append("\"Why\" is filled where the difference is deliberate; the others are misses.\n\n");
        md.append("| file | # | field | sisimai | MailDoctor | why |\n|---|---:|---|---|---|---|\n");
        for (Outcome o : outcomes) {
            if (o.all()) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            List<String> got = new ArrayList<>();
            FailedRecipient g = o.got();
            if (!o.recipient()) {
                fields.add("recipient");
                expected.add(o.row().recipient());
                got.add(g == null ? "(none)" : g.recipient().isEmpty() ? "(none)" : g.recipient());
            }
            if (!o.status()) {
                fields.add("status");
                expected.add(o.row().status().isEmpty() ? "(none)" : o.row().status());
                got.add(g == null || g.status().isEmpty() ? "(none)" : g.status());
            }
            if (!o.reason()) {
                fields.add("reason");
                expected.add(o.row().reason());
                got.add(g == null ? "(none)" : g.reason().json());
            }
            md.append("| ").append(o.row().file().replace("maildir/bsd/", "")).append(" | ").append(o.row().index())
                    .append(" | ").append(String.join(", ", fields)).append(" | ").append(cell(expected))
                    .append(" | ").append(cell(got)).append(" | ").append(o.why()).append(" |\n");
        }
        return md.toString();
    }

    private static String cell(List<String> values) {
        return String.join(", ", values).replace("|", "\\|");
    }

    private static void row(StringBuilder md, String field, long agree, int n) {
        md.append("| ").append(field).append(" | ").append(agree).append(" | ").append(n).append(" | ")
                .append(String.format(Locale.ROOT, "%.1f %%", 100.0 * agree / n)).append(" |\n");
    }
}
