package dev.maildoctor.core.kb;

import dev.maildoctor.core.dnsbl.catalogue.Catalogue;
import dev.maildoctor.core.dnsbl.catalogue.CatalogueLoader;
import dev.maildoctor.core.message.bounce.FailedRecipient;
import dev.maildoctor.core.model.LocalizedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Explanations and next steps for SMTP replies, loaded from the kb/ resources. The most specific
 * matching entry wins (see {@link CompiledRule} for the scores); on a tie the earlier entry in the
 * file wins.
 */
public final class Knowledge {
    private final List<Compiled> entries;
    private final BlocklistNames names;

    /** The bundled knowledge base, with blocklists named from the bundled list catalogue. */
    public Knowledge() {
        this(KnowledgeLoader.readBundled(), CatalogueLoader.loadBundled());
    }

    /** Validates and compiles; throws IllegalStateException naming the broken entry. */
    public Knowledge(KnowledgeData data, Catalogue catalogue) {
        this.names = new BlocklistNames(catalogue, data == null ? Map.of() : data.zoneAliases());
        List<List<CompiledRule>> rules = KnowledgeValidator.validate(data, names::knows);
        List<Compiled> compiled = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            compiled.add(new Compiled(data.entries().get(i), List.copyOf(rules.get(i))));
        }
        this.entries = List.copyOf(compiled);
    }

    /** The best explanation of this failure, with any blocklist the reply names filled in. */
    public Optional<KnowledgeEntry> explain(FailedRecipient recipient) {
        ReplyFacts facts = ReplyFacts.of(recipient);
        Compiled best = null;
        CompiledRule.Hit bestHit = null;
        // Indexed loops: this runs some two hundred rules per recipient, often in a cold JVM.
        for (int e = 0; e < entries.size(); e++) {
            Compiled entry = entries.get(e);
            for (int r = 0; r < entry.rules().size(); r++) {
                Optional<CompiledRule.Hit> hit = entry.rules().get(r).match(facts);
                if (hit.isPresent() && (bestHit == null || hit.get().score() > bestHit.score())) {
                    best = entry;
                    bestHit = hit.get();
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(resolve(best.data(), bestHit));
    }

    /** Entry ids in file order. */
    public List<String> ids() {
        return entries.stream().map(c -> c.data().id()).toList();
    }

    /**
     * An entry by id, for listings and walkthroughs. Entries that take the blocklist from the reply
     * text keep their {list} and {zone} placeholders here; {@link #explain} fills them.
     */
    public Optional<KnowledgeEntry> entry(String id) {
        return entries.stream().filter(c -> c.data().id().equals(id)).findFirst()
                .map(c -> resolve(c.data(), Optional.empty()));
    }

    private KnowledgeEntry resolve(EntryData data, CompiledRule.Hit hit) {
        return resolve(data, hit.zone());
    }

    private KnowledgeEntry resolve(EntryData data, Optional<String> zone) {
        Optional<BlocklistRef> list = zone.map(names::forZone)
                .or(() -> Optional.ofNullable(data.blocklist()).map(names::forList));
        Map<String, String> values = list.map(l -> Map.of("{list}", l.display(), "{zone}", l.zone())).orElse(Map.of());
        Optional<String> delist = Optional.ofNullable(data.delistUrl()).or(() -> list.flatMap(BlocklistRef::delistUrl));
        return new KnowledgeEntry(
                data.id(),
                fill(data.title(), values),
                fill(data.explanation(), values),
                data.nextSteps().stream().map(s -> fill(s, values)).toList(),
                Optional.ofNullable(data.helpUrl()),
                data.checkBlocklists(),
                delist,
                list);
    }

    private static LocalizedText fill(LocalizedText text, Map<String, String> values) {
        if (values.isEmpty()) {
            return text;
        }
        Map<String, String> filled = new LinkedHashMap<>();
        text.byLanguage().forEach((language, value) -> {
            String v = value;
            for (Map.Entry<String, String> e : values.entrySet()) {
                v = v.replace(e.getKey(), e.getValue());
            }
            filled.put(language, v);
        });
        return new LocalizedText(filled);
    }

    private record Compiled(EntryData data, List<CompiledRule> rules) {
    }
}
