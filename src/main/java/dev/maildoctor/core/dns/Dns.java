package dev.maildoctor.core.dns;

import java.util.concurrent.CompletionStage;

/**
 * The one way the engine asks DNS questions. Implementations never fail the stage for DNS-level
 * outcomes (NXDOMAIN, SERVFAIL, timeout): those are reported in {@link DnsAnswer#outcome()}, so
 * every caller has to decide explicitly what "could not tell" means for its check.
 */
public interface Dns {
    /**
     * Asks one question.
     *
     * @param name fully qualified name, with or without the trailing dot
     * @param type record type, e.g. {@code "A"}, {@code "TXT"}, {@code "PTR"}
     */
    CompletionStage<DnsAnswer> query(String name, String type);

    /** A description of where questions go, for reports ("system: 192.0.2.53:53" or "127.0.0.1:5353"). */
    String describe();
}
