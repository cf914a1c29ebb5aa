package dev.maildoctor.core.spf;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An SPF record as published: its text (the TXT strings joined) and its terms after the version.
 * Parsing never fails on unknown terms; judging them is the evaluator's business.
 */
public record SpfRecord(String text, List<SpfTerm> terms) {
    public static final String VERSION = "v=spf1";

    public SpfRecord {
        terms = List.copyOf(terms);
    }

    /** True for a TXT string that is an SPF record: exactly the token "v=spf1" first (any case). */
    public static boolean isSpf(String txt) {
        return txt.regionMatches(true, 0, VERSION, 0, VERSION.length())
                && (txt.length() == VERSION.length() || txt.charAt(VERSION.length()) == ' ');
    }

    /** The SPF records among a name's TXT records, in the order DNS gave them. */
    public static List<SpfRecord> among(List<String> txtRecords) {
        List<SpfRecord> records = new ArrayList<>();
        for (String txt : txtRecords) {
            if (isSpf(txt)) {
                records.add(parse(txt));
            }
        }
        return records;
    }

    /** Splits an SPF record at spaces (RFC 7208: terms are separated by one or more SP). */
    public static SpfRecord parse(String txt) {
        if (!isSpf(txt)) {
            throw new IllegalArgumentException("not an SPF record");
        }
        List<SpfTerm> terms = new ArrayList<>();
        int i = VERSION.length();
        while (i < txt.length()) {
            if (txt.charAt(i) == ' ') {
                i++;
                continue;
            }
            int end = txt.indexOf(' ', i);
            end = end < 0 ? txt.length() : end;
            terms.add(new SpfTerm(txt.substring(i, end), i));
            i = end;
        }
        return new SpfRecord(txt, terms);
    }

    /** The first {@code all} mechanism, whatever its qualifier. */
    public Optional<SpfTerm> all() {
        return terms.stream().filter(t -> t.isMechanism("all")).findFirst();
    }

    /** The {@code redirect=} modifier; receivers ignore it when the record has an {@code all}. */
    public Optional<SpfTerm> redirect() {
        return terms.stream().filter(t -> t.isModifier("redirect")).findFirst();
    }

    /**
     * The record with {@code added} terms inserted before {@code all} (keeping its qualifier), else
     * before {@code redirect=}, else at the end; everything else stays exactly as written.
     */
    public String withTerms(List<String> added) {
        if (added.isEmpty()) {
            return text;
        }
        String joined = String.join(" ", added);
        Optional<SpfTerm> before = all().or(this::redirect);
        if (before.isPresent()) {
            int at = before.get().offset();
            return text.substring(0, at) + joined + " " + text.substring(at);
        }
        return text.endsWith(" ") ? text + joined : text + " " + joined;
    }
}
