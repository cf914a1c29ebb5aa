package dev.maildoctor.core.kb;

import dev.maildoctor.core.model.LocalizedText;
import java.util.List;
import java.util.Optional;

/**
 * An explanation of a provider's or an SMTP status reply, with what to do next (data in kb/).
 *
 * @param checkBlocklists whether the next step is the Blocklists check of the sending IP
 */
public record KnowledgeEntry(
        String id,
        LocalizedText title,
        LocalizedText explanation,
        List<LocalizedText> nextSteps,
        Optional<String> helpUrl,
        boolean checkBlocklists) {

    public KnowledgeEntry {
        nextSteps = List.copyOf(nextSteps);
    }
}
