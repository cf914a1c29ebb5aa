package dev.maildoctor.core.dnsbl.catalogue;

import dev.maildoctor.core.model.LocalizedText;

/** How an entry gets removed: the page to use, who acts, and the procedure in words. */
public record Delisting(String url, DelistActor actor, LocalizedText procedure) {
}
