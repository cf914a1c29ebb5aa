package dev.maildoctor.core.kb;

import dev.maildoctor.core.model.LocalizedText;
import java.util.List;
import java.util.Optional;

/**
 * An explanation of a provider's or an SMTP status reply, with what to do next (data in kb/).
 * Entries returned by {@link Knowledge#explain} are resolved: a blocklist named by the reply is
 * already written into the texts.
 *
 * @param checkBlocklists whether the next step is the Blocklists check of the sending IP
 * @param delistUrl       where to request removal (the provider's portal, or the named list's page)
 * @param blocklist       the DNS blocklist the reply names, when it names one
 */
public record KnowledgeEntry(
        String id,
        LocalizedText title,
        LocalizedText explanation,
        List<LocalizedText> nextSteps,
        Optional<String> helpUrl,
        boolean checkBlocklists,
        Optional<String> delistUrl,
        Optional<BlocklistRef> blocklist) {

    public KnowledgeEntry {
        nextSteps = List.copyOf(nextSteps);
    }
}
