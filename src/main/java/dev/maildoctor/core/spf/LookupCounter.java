package dev.maildoctor.core.spf;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dns.DnsAnswer;
import dev.maildoctor.core.model.Msg;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the DNS-querying terms of a record as a receiver would meet them (RFC 7208 section
 * 4.6.4): include and a, mx, ptr, exists, and redirect when the record has no {@code all},
 * following include: and redirect= through DNS. Every term is counted, also one whose target
 * cannot be read; loops and very deep nesting are not followed. One counter per record: it
 * caches the records it fetched.
 */
final class LookupCounter {
    static final int LIMIT = 10;
    static final int MAX_DEPTH = 10;
    /** Distinct records fetched at most; a pathological tree must not turn into a query flood. */
    static final int MAX_RECORDS = 40;

    /** @param count DNS-querying terms; @param notes loops, unreadable includes, ... (no duplicates) */
    record Tally(int count, List<Msg> notes) {
        static Tally of(int count, Msg... notes) {
            return new Tally(count, List.of(notes));
        }

        Tally plus(Tally other) {
            LinkedHashSet<Msg> all = new LinkedHashSet<>(notes);
            all.addAll(other.notes);
            return new Tally(count + other.count, List.copyOf(all));
        }
    }

    private final Dns dns;
    private final Map<String, CompletionStage<DnsAnswer>> fetched = new ConcurrentHashMap<>();

    LookupCounter(Dns dns) {
        this.dns = dns;
    }

    /** @param owner the domain whose record this is (the start of the include path, for loop detection) */
    CompletionStage<Tally> count(String owner, SpfRecord record) {
        return count(record, List.of(owner.toLowerCase(Locale.ROOT)));
    }

    private CompletionStage<Tally> count(SpfRecord record, List<String> path) {
        boolean hasAll = record.all().isPresent();
        List<CompletableFuture<Tally>> parts = new ArrayList<>();
        for (SpfTerm term : record.terms()) {
            if (!term.queriesDns() || (term.isModifier("redirect") && hasAll)) {
                continue;
            }
            boolean follows = term.isMechanism("include") || term.isModifier("redirect");
            if (follows && term.argument().isPresent()) {
                parts.add(follow(term.argument().get(), path).thenApply(Tally.of(1)::plus).toCompletableFuture());
            } else {
                parts.add(CompletableFuture.completedFuture(Tally.of(1)));
            }
        }
        return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).thenApply(done -> {
            Tally total = Tally.of(0);
            for (CompletableFuture<Tally> part : parts) {
                total = total.plus(part.join()); // in term order, so notes come out in a stable order
            }
            return total;
        });
    }

    private CompletionStage<Tally> follow(String target, List<String> path) {
        String name = stripDot(target).toLowerCase(Locale.ROOT);
        if (name.contains("%")) {
            return CompletableFuture.completedFuture(Tally.of(0)); // a macro: only known per message
        }
        if (path.contains(name)) {
            return CompletableFuture.completedFuture(Tally.of(0, Msg.of("spf.change.include_loop", name,
                    String.join(" > ", path))));
        }
        if (path.size() > MAX_DEPTH || (!fetched.containsKey(name) && fetched.size() >= MAX_RECORDS)) {
            return CompletableFuture.completedFuture(Tally.of(0, Msg.of("spf.change.not_followed", MAX_DEPTH,
                    MAX_RECORDS)));
        }
        List<String> deeper = new ArrayList<>(path);
        deeper.add(name);
        return fetched.computeIfAbsent(name, n -> dns.query(n, "TXT")).thenCompose(answer -> {
            if (!answer.isDefinite()) {
                return CompletableFuture.completedFuture(Tally.of(0, Msg.of("spf.change.include_failed", name,
                        answer.outcome().name().toLowerCase(Locale.ROOT))));
            }
            List<SpfRecord> records = SpfRecord.among(answer.records());
            if (records.isEmpty()) {
                return CompletableFuture.completedFuture(Tally.of(0, Msg.of("spf.change.include_missing", name)));
            }
            return count(records.get(0), deeper);
        });
    }

    private static String stripDot(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
