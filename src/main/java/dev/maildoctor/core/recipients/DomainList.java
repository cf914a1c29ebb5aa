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

    /** Parses text: one entry per line, or separated by commas, semicolons or white space; # starts a comment. */
    public static DomainList parse(String text) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Already-separate names, such as a mail log's recipient domains. */
    public static DomainList of(Collection<String> names) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
