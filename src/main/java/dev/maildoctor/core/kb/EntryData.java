package dev.maildoctor.core.kb;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.maildoctor.core.model.LocalizedText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One knowledge-base entry as written in the YAML, before validation and compilation.
 *
 * @param blocklist catalogue id of the list the reply names without giving its zone (Yahoo's "Spamhaus's list")
 */
public record EntryData(
        String id,
        List<MatchRule> match,
        LocalizedText title,
        LocalizedText explanation,
        @JsonProperty("next_steps") List<LocalizedText> nextSteps,
        @JsonProperty("help_url") String helpUrl,
        @JsonProperty("delist_url") String delistUrl,
        @JsonProperty("check_blocklists") Boolean checkBlocklists,
        String blocklist) {

    public EntryData {
        // Copies that keep nulls, so that the validator can name the broken item.
        match = match == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(match));
        nextSteps = nextSteps == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(nextSteps));
    }
}
