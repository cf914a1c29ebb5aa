package dev.maildoctor.core.spf;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dns.DnsAnswer;
import dev.maildoctor.core.dns.DnsOutcome;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.relay.RelayTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Works out the SPF change for a relay (its published include, or its addresses). DNS problems
 * never fail the stage: they become notes, and a proposal is still made, marked as such.
 */
public final class SpfPlanner {
    /** The TTL written into the zone-file line; the notes tell how long the old record may live on. */
    public static final int TTL = 3600;
    /**
     * The record proposed when the domain has none: its MX hosts (on a small installation usually
     * the server that also sends) plus the relay, ending in soft fail so a forgotten sender is
     * marked rather than rejected while the record is new.
     */
    static final String NEW_RECORD = "v=spf1 mx ~all";

    private final Dns dns;

    public SpfPlanner(Dns dns) {
        this.dns = dns;
    }

    /**
     * @param relayInclude the SPF include the relay's operator publishes, when the user knows it;
     *                     otherwise the relay host's A/AAAA addresses are added as ip4:/ip6:
     * @throws dev.maildoctor.core.model.InvalidInputException for a sender domain or include that is not a domain name
     */
    public CompletionStage<SpfChange> forRelay(String senderDomain, RelayTarget relay, Optional<String> relayInclude) {
        String domain = SpfNames.domain(senderDomain, "spf.input.bad_domain");
        Optional<String> include = relayInclude.filter(s -> !s.isBlank())
                .map(s -> SpfNames.domain(s, "spf.input.bad_include"));
        CompletionStage<DnsAnswer> txt = dns.query(domain, "TXT");
        CompletionStage<RelayTerms.Found> relayTerms = RelayTerms.find(dns, relay, include);
        return txt.thenCombine(relayTerms, (answer, found) -> draft(domain, answer, found))
                .thenCompose(draft -> new LookupCounter(dns).count(domain, SpfRecord.parse(draft.proposed()))
                        .thenApply(tally -> draft.finish(tally)));
    }

    private static Draft draft(String domain, DnsAnswer answer, RelayTerms.Found found) {
        List<Msg> notes = new ArrayList<>();
        Optional<SpfRecord> current = current(domain, answer, notes);
        SpfRecord base = current.orElse(SpfRecord.parse(NEW_RECORD));
        notes.addAll(found.notes());
        List<String> added = found.terms().stream().filter(t -> !RelayTerms.covered(base, t)).toList();
        if (!found.terms().isEmpty() && added.isEmpty()) {
            notes.add(Msg.of("spf.change.already_covered", String.join(" ", found.terms())));
        }
        SpfRecord proposed = SpfRecord.parse(base.withTerms(added));
        proposed.all().ifPresent(all -> {
            if (all.qualifier() == '+') {
                notes.add(Msg.of("spf.change.plus_all", all.text()));
            } else if (all.qualifier() == '?') {
                notes.add(Msg.of("spf.change.neutral_all"));
            }
        });
        return new Draft(domain, current.map(SpfRecord::text), proposed.text(), added, notes);
    }

    private static Optional<SpfRecord> current(String domain, DnsAnswer answer, List<Msg> notes) {
        if (!answer.isDefinite()) {
            notes.add(Msg.of("spf.change.current_unreadable", domain,
                    answer.outcome().name().toLowerCase(Locale.ROOT)));
            return Optional.empty();
        }
        List<SpfRecord> records = SpfRecord.among(answer.records());
        if (records.size() > 1) {
            notes.add(Msg.of("spf.change.several_records", domain, records.size()));
        }
        if (records.isEmpty()) {
            notes.add(Msg.of(answer.outcome() == DnsOutcome.NXDOMAIN ? "spf.change.no_domain" : "spf.change.new_record",
                    domain));
            return Optional.empty();
        }
        return Optional.of(records.get(0));
    }

    /** Everything but the lookup count, which needs the include tree from DNS. */
    private record Draft(String domain, Optional<String> current, String proposed, List<String> added,
                         List<Msg> notes) {
        SpfChange finish(LookupCounter.Tally tally) {
            List<Msg> all = new ArrayList<>(notes);
            all.addAll(tally.notes());
            if (tally.count() > LookupCounter.LIMIT) {
                all.add(Msg.of("spf.change.too_many_lookups", tally.count(), LookupCounter.LIMIT));
            } else if (tally.count() >= LookupCounter.LIMIT - 2) {
                all.add(Msg.of("spf.change.near_limit", tally.count(), LookupCounter.LIMIT));
            }
            boolean changed = current.map(c -> !c.equals(proposed)).orElse(true);
            if (changed) {
                all.add(Msg.of("spf.change.raise_serial"));
                all.add(Msg.of("spf.change.ttl", TTL));
            }
            List<String> strings = SpfStrings.split(proposed);
            return new SpfChange(domain, current, proposed, added, tally.count(), strings,
                    SpfStrings.bindLine(domain, TTL, strings), all);
        }
    }
}
