package dev.maildoctor.core.recipients;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Weak signs of one mailbox provider behind a gateway.
 *
 * @param provider id of a mailbox provider
 * @param spf      host patterns of SPF {@code include:} / {@code redirect=} targets
 * @param dkim     DKIM selectors the provider sets up
 */
public record HintEntry(String provider, List<String> spf, List<DkimSign> dkim) {
    public HintEntry {
        spf = spf == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(spf));
        dkim = dkim == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(dkim));
    }
}
