package dev.maildoctor.core.dkim;

import java.util.List;

/**
 * What to audit.
 *
 * @param domain      the signing domain for user and provider-known selectors; may be blank when a
 *                    message is given (its signatures' d= domains are used instead)
 * @param selectors   selectors the user named
 * @param message     a pasted message (or only its headers) whose DKIM-Signature fields name selectors;
 *                    blank for none
 * @param tryKnown    also try the provider-known selectors
 */
public record DkimRequest(String domain, List<String> selectors, String message, boolean tryKnown) {
    public DkimRequest {
        domain = domain == null ? "" : domain.strip();
        selectors = selectors == null ? List.of() : List.copyOf(selectors);
        message = message == null ? "" : message;
    }

    public static DkimRequest forDomain(String domain) {
        return new DkimRequest(domain, List.of(), "", true);
    }
}
