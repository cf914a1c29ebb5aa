package dev.maildoctor.core.recipients;

import dev.maildoctor.core.model.Msg;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gathers entries into a {@link DomainList}: drops duplicates (first kept), and bounds the work so
 * that any input, however large or broken, ends in a list and a few messages, never in an
 * out-of-memory error or a frozen window.
 */
final class DomainCollector {
    static final int MAX_ENTRIES = 100_000;
    static final int MAX_LISTED_REJECTIONS = 1_000;
    /** Rejected input is shown cut to this length (binary junk can be a megabyte on one line). */
    static final int SHOWN_CHARS = 80;

    private final List<RecipientDomain> domains = new ArrayList<>();
    private final List<DomainList.Rejected> rejected = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private int read;
    private int ignored;
    private String firstIgnored;
    private int unlisted;
    private DomainList.Rejected cut;

    void accept(String entry) {
        if (entry == null || entry.isBlank()) {
            return;
        }
        if (read >= MAX_ENTRIES) {
            if (ignored++ == 0) {
                firstIgnored = shown(entry);
            }
            return;
        }
        read++;
        DomainName name = DomainName.read(entry.strip());
        if (name.domain() != null) {
            if (seen.add(name.domain().ascii())) {
                domains.add(name.domain());
            }
        } else if (rejected.size() < MAX_LISTED_REJECTIONS) {
            rejected.add(new DomainList.Rejected(shown(entry), name.reason()));
        } else {
            unlisted++;
        }
    }

    /** Notes that the text was cut before reading; {@code rest} is the first of what was not read. */
    void textCut(String rest, int maxChars) {
        cut = new DomainList.Rejected(shown(rest), Msg.of("recipients.input.text_too_long", maxChars));
    }

    DomainList result() {
        List<DomainList.Rejected> all = new ArrayList<>(rejected);
        if (unlisted > 0) {
            all.add(new DomainList.Rejected("", Msg.of("recipients.input.more_rejected", unlisted)));
        }
        if (ignored > 0) {
            all.add(new DomainList.Rejected(firstIgnored, Msg.of("recipients.input.too_many", MAX_ENTRIES, ignored)));
        }
        if (cut != null) {
            all.add(cut);
        }
        return new DomainList(domains, all);
    }

    private static String shown(String entry) {
        String s = entry.strip();
        if (s.length() <= SHOWN_CHARS) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(SHOWN_CHARS - 1)) ? SHOWN_CHARS - 1 : SHOWN_CHARS;
        return s.substring(0, end) + "…";
    }
}
