package dev.maildoctor.core.recipients;

import dev.maildoctor.core.model.Msg;
import java.util.Collection;
import java.util.List;

/**
 * Recipient domains taken from what a user has: a pasted list, a file of domains or e-mail
 * addresses (the domain part is taken), or the recipient domains of a mail log. Duplicates are
 * removed (first occurrence kept), names are lower-cased, IDNs converted to punycode for querying.
 *
 * @param rejected entries that are not domain names, each with the reason
 */
public record DomainList(List<RecipientDomain> domains, List<Rejected> rejected) {
    public DomainList {
        domains = List.copyOf(domains);
        rejected = List.copyOf(rejected);
    }

    /** One entry that could not be read as a domain. */
    public record Rejected(String input, Msg reason) {
    }

    /** Text beyond this many characters (about 4 MB) is not read; a rejected entry says so. */
    public static final int MAX_TEXT_CHARS = 4_000_000;
    /** Entries beyond this many are counted, not read; a rejected entry says so. */
    public static final int MAX_ENTRIES = DomainCollector.MAX_ENTRIES;

    /**
     * Parses text: one entry per line, or separated by commas, semicolons or white space; # starts a
     * comment. An entry is a domain or an e-mail address ({@code Name <a@b.c>} too), in Unicode or
     * punycode. Rejection reasons are messages {@code recipients.input.*}.
     */
    public static DomainList parse(String text) {
        DomainCollector collector = new DomainCollector();
        if (text == null) {
            return collector.result();
        }
        String read = text;
        if (text.length() > MAX_TEXT_CHARS) {
            // Cut at a line end, so that no entry is read half.
            int end = text.lastIndexOf('\n', MAX_TEXT_CHARS);
            if (end <= 0) {
                end = Character.isHighSurrogate(text.charAt(MAX_TEXT_CHARS - 1)) ? MAX_TEXT_CHARS - 1 : MAX_TEXT_CHARS;
            }
            read = text.substring(0, end);
            collector.textCut(text.substring(end, Math.min(text.length(), end + DomainCollector.SHOWN_CHARS + 1)),
                    MAX_TEXT_CHARS);
        }
        EntryScanner.scan(read, collector::accept);
        return collector.result();
    }

    /** Already-separate names, such as a mail log's recipient domains; each is one entry. */
    public static DomainList of(Collection<String> names) {
        DomainCollector collector = new DomainCollector();
        for (String name : names) {
            collector.accept(name);
        }
        return collector.result();
    }
}
