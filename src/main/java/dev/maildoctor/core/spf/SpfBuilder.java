package dev.maildoctor.core.spf;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dns.DnsAnswer;
import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

/**
 * Edits an SPF record term by term: adds and removes mechanisms, sets the final {@code all}, and
 * counts the DNS lookups of the result. Includes are never replaced by their addresses
 * ("flattening"): that silently breaks when the included provider changes its servers.
 */
public final class SpfBuilder {
    /** The start when there is no record yet: nothing authorised, soft fail for the rest. */
    static final String EMPTY = "v=spf1 ~all";
    private static final Set<String> ADDABLE = Set.of("ip4", "ip6", "a", "mx", "include", "exists", "ptr");
    private static final Pattern ALL = Pattern.compile("[+?~-]?all", Pattern.CASE_INSENSITIVE);

    /**
     * @param domain  the domain the record is for; its published record is the start when {@code current} is empty
     * @param current the record to start from
     * @param add     terms to add, e.g. {@code ip4:192.0.2.0/24}, {@code include:_spf.example.net}
     * @param remove  terms to remove, compared without case and with {@code +} implied
     * @param all     the final term to set: {@code ~all}, {@code -all}, ...
     */
    public record Request(Optional<String> domain, Optional<String> current, List<String> add, List<String> remove,
                          Optional<String> all) {
        public Request {
            add = List.copyOf(add);
            remove = List.copyOf(remove);
        }
    }

    /**
     * @param lookups      DNS-querying terms; through includes when DNS was used ({@code throughIncludes})
     * @param status       PASS, WARN at 8 to 10 lookups, FAIL over 10
     * @param strings      the record as TXT strings of at most 255 octets
     * @param zoneLine     the BIND zone-file line ({@code @} as owner when no domain was given)
     * @param formValue    what to paste into a DNS provider's web form: the record, one line, no quotes
     */
    public record Result(Optional<String> domain, Optional<String> previous, String record, int lookups,
                         boolean throughIncludes, Status status, List<String> strings, String zoneLine,
                         String formValue, List<Msg> notes) {
        public Result {
            strings = List.copyOf(strings);
            notes = List.copyOf(notes);
        }
    }

    private final Optional<Dns> dns;

    /** @param dns to read the current record and count through includes; empty to work offline */
    public SpfBuilder(Optional<Dns> dns) {
        this.dns = dns;
    }

    /** @throws InvalidInputException for a malformed current record, term or domain */
    public CompletionStage<Result> build(Request request) {
        Optional<String> domain = request.domain().filter(d -> !d.isBlank())
                .map(d -> SpfNames.domain(d, "spf.input.bad_domain"));
        request.add().forEach(a -> checkedTerm(a.strip()));
        request.all().filter(a -> !ALL.matcher(a.strip()).matches()).ifPresent(a -> {
            throw new InvalidInputException(Msg.of("spf.build.bad_all", a.strip()));
        });
        List<Msg> notes = new ArrayList<>();
        CompletionStage<Optional<String>> start;
        if (request.current().filter(c -> !c.isBlank()).isPresent()) {
            String given = request.current().get().strip();
            if (!SpfRecord.isSpf(given)) {
                throw new InvalidInputException(Msg.of("spf.build.not_spf", given));
            }
            start = CompletableFuture.completedFuture(Optional.of(given));
        } else if (domain.isPresent() && dns.isPresent()) {
            start = dns.get().query(domain.get(), "TXT").thenApply(answer -> published(domain.get(), answer, notes));
        } else {
            notes.add(Msg.of("spf.build.new_record"));
            start = CompletableFuture.completedFuture(Optional.empty());
        }
        return start.thenCompose(previous -> {
            SpfRecord edited = edit(SpfRecord.parse(previous.orElse(EMPTY)), request, notes);
            return count(domain, edited).thenApply(tally -> finish(domain, previous, edited, tally, notes));
        });
    }

    private static Optional<String> published(String domain, DnsAnswer answer, List<Msg> notes) {
        if (!answer.isDefinite()) {
            throw new InvalidInputException(Msg.of("spf.change.current_unreadable", domain,
                    answer.outcome().name().toLowerCase(Locale.ROOT)));
        }
        List<SpfRecord> records = SpfRecord.among(answer.records());
        if (records.size() > 1) {
            notes.add(Msg.of("spf.change.several_records", domain, records.size()));
        }
        if (records.isEmpty()) {
            notes.add(Msg.of("spf.build.new_record"));
            return Optional.empty();
        }
        return Optional.of(records.get(0).text());
    }

    /** Mechanisms in their order, then the added ones, then modifiers, then the {@code all} term. */
    static SpfRecord edit(SpfRecord record, Request request, List<Msg> notes) {
        List<String> mechanisms = new ArrayList<>();
        List<String> modifiers = new ArrayList<>();
        String all = null;
        for (SpfTerm t : record.terms()) {
            if (t.isMechanism("all")) {
                if (all != null) {
                    notes.add(Msg.of("spf.build.extra_all", t.text()));
                    continue;
                }
                all = t.text();
            } else if (t.isModifier()) {
                modifiers.add(t.text());
            } else {
                mechanisms.add(t.text());
            }
        }
        for (String r : request.remove()) {
            String term = r.strip();
            boolean gone = mechanisms.removeIf(m -> same(m, term)) | modifiers.removeIf(m -> m.equalsIgnoreCase(term));
            if (!gone) {
                notes.add(Msg.of("spf.build.not_present", term));
            }
        }
        for (String a : request.add()) {
            String term = checkedTerm(a.strip());
            if (mechanisms.stream().anyMatch(m -> same(m, term))) {
                notes.add(Msg.of("spf.build.already_present", term));
            } else {
                mechanisms.add(term);
                if (new SpfTerm(term, 0).isMechanism("ptr")) {
                    notes.add(Msg.of("spf.build.ptr_discouraged"));
                }
            }
        }
        if (request.all().isPresent()) {
            String wanted = request.all().get().strip();
            if (!ALL.matcher(wanted).matches()) {
                throw new InvalidInputException(Msg.of("spf.build.bad_all", wanted));
            }
            all = wanted.toLowerCase(Locale.ROOT);
        }
        if (all != null && modifiers.stream().anyMatch(m -> new SpfTerm(m, 0).isModifier("redirect"))) {
            notes.add(Msg.of("spf.build.redirect_ignored"));
        }
        if (all != null) {
            char q = new SpfTerm(all, 0).qualifier();
            if (q == '+') {
                notes.add(Msg.of("spf.change.plus_all", all));
            } else if (q == '?') {
                notes.add(Msg.of("spf.change.neutral_all"));
            }
        }
        List<String> terms = new ArrayList<>(mechanisms);
        terms.addAll(modifiers);
        if (all != null) {
            terms.add(all);
        }
        return SpfRecord.parse(terms.isEmpty() ? SpfRecord.VERSION : SpfRecord.VERSION + " " + String.join(" ", terms));
    }

    /** A mechanism this command may add; {@code all} is set with its own option. */
    private static String checkedTerm(String term) {
        SpfTerm t = new SpfTerm(term, 0);
        String name = t.name();
        boolean ok = !term.isEmpty() && !term.contains(" ") && !t.isModifier() && ADDABLE.contains(name)
                && term.substring(t.explicitQualifier() ? 1 : 0).toLowerCase(Locale.ROOT).startsWith(name)
                && argumentOk(name, t.argument());
        if (!ok) {
            throw new InvalidInputException(Msg.of("spf.build.bad_term", term));
        }
        return term;
    }

    private static boolean argumentOk(String name, Optional<String> argument) {
        return switch (name) {
            case "ip4" -> argument.map(a -> Cidr.parse(a, false).isPresent()).orElse(false);
            case "ip6" -> argument.map(a -> Cidr.parse(a, true).isPresent()).orElse(false);
            case "include", "exists" -> argument.filter(a -> a.contains(".")).isPresent();
            default -> true;
        };
    }

    /** Same mechanism: compared without case, an omitted qualifier being {@code +}. */
    private static boolean same(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String term) {
        String t = term.toLowerCase(Locale.ROOT);
        return t.startsWith("+") ? t.substring(1) : t;
    }

    private CompletionStage<LookupCounter.Tally> count(Optional<String> domain, SpfRecord record) {
        if (dns.isPresent()) {
            return new LookupCounter(dns.get()).count(domain.orElse("."), record);
        }
        boolean hasAll = record.all().isPresent();
        int own = (int) record.terms().stream()
                .filter(t -> t.queriesDns() && !(t.isModifier("redirect") && hasAll)).count();
        return CompletableFuture.completedFuture(LookupCounter.Tally.of(own));
    }

    private Result finish(Optional<String> domain, Optional<String> previous, SpfRecord record,
                          LookupCounter.Tally tally, List<Msg> notes) {
        List<Msg> all = new ArrayList<>(notes);
        all.addAll(tally.notes());
        Status status = Status.PASS;
        if (tally.count() > LookupCounter.LIMIT) {
            all.add(Msg.of("spf.change.too_many_lookups", tally.count(), LookupCounter.LIMIT));
            status = Status.FAIL;
        } else if (tally.count() >= LookupCounter.LIMIT - 2) {
            all.add(Msg.of("spf.change.near_limit", tally.count(), LookupCounter.LIMIT));
            status = Status.WARN;
        }
        if (dns.isEmpty() && record.terms().stream().anyMatch(t -> t.isMechanism("include") || t.isModifier("redirect"))) {
            all.add(Msg.of("spf.build.own_terms_only"));
        }
        if (record.text().length() > SpfStrings.MAX_STRING) {
            all.add(Msg.of("spf.build.several_strings"));
        }
        List<String> strings = SpfStrings.split(record.text());
        String owner = domain.orElse("@");
        String line = SpfStrings.bindLine("x", SpfPlanner.TTL, strings);
        String zoneLine = domain.isPresent() ? SpfStrings.bindLine(owner, SpfPlanner.TTL, strings)
                : "@" + line.substring(2);
        return new Result(domain, previous, record.text(), tally.count(), dns.isPresent(), status, strings,
                zoneLine, record.text(), all);
    }
}
