package dev.maildoctor.core.dmarc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Checks the value of every tag of one record (the first of each name) and builds the {@link DmarcRecord}. */
final class TagValues {
    private static final Set<String> KNOWN = Set.of(
            "v", "p", "sp", "np", "pct", "rua", "ruf", "adkim", "aspf", "fo", "rf", "ri", "psd", "t");
    private static final Set<String> FO = Set.of("0", "1", "d", "s");

    private final Map<String, Tag> tags;
    private final List<DmarcIssue> issues;

    TagValues(Map<String, Tag> tags, List<DmarcIssue> issues) {
        this.tags = tags;
        this.issues = issues;
    }

    static DmarcRecord notDmarc(String text, List<DmarcIssue> issues) {
        return new DmarcRecord(text, Map.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 100, List.of(), List.of(), Alignment.RELAXED, Alignment.RELAXED, List.of("0"),
                List.of("afrf"), DmarcRecordParser.defaultRi(), issues);
    }

    DmarcRecord toRecord(String text) {
        tags.values().stream().filter(t -> !KNOWN.contains(t.name()))
                .forEach(t -> issues.add(DmarcIssue.warn("dmarc.tag.unknown", t.name(), t.position())));
        Optional<DmarcPolicy> p = value("p", DmarcPolicy::parse, "none, quarantine, reject", true);
        Optional<DmarcPolicy> sp = value("sp", DmarcPolicy::parse, "none, quarantine, reject", true);
        Optional<DmarcPolicy> np = value("np", DmarcPolicy::parse, "none, quarantine, reject", false);
        List<ReportUri> rua = uris("rua");
        List<ReportUri> ruf = uris("ruf");
        Optional<DmarcPolicy> effective = effectivePolicy(p, rua);
        Optional<DmarcPolicy> effectiveSp = effective.isEmpty() || spBroken() ? effective : sp.or(() -> effective);
        value("psd", v -> Optional.of(v).filter(x -> x.matches("(?i)[ynu]")), "y, n, u", false);
        value("t", v -> Optional.of(v).filter(x -> x.matches("(?i)[yn]")), "y, n", false);
        Map<String, String> values = new LinkedHashMap<>();
        tags.values().forEach(t -> values.put(t.name(), t.value()));
        return new DmarcRecord(text, values, p, sp, np, effective, effectiveSp,
                value("pct", DmarcRecordParser::pct, "0-100", false).orElse(100), rua, ruf,
                value("adkim", Alignment::parse, "r, s", false).orElse(Alignment.RELAXED),
                value("aspf", Alignment::parse, "r, s", false).orElse(Alignment.RELAXED),
                value("fo", v -> list(v, FO::contains), "0, 1, d, s", false).orElse(List.of("0")),
                value("rf", v -> list(v, "afrf"::equals), "afrf", false).orElse(List.of("afrf")),
                value("ri", DmarcRecordParser::ri, "0-4294967295", false).orElse(DmarcRecordParser.defaultRi()),
                issues);
    }

    /**
     * RFC 7489 §6.6.3 step 6: without a valid p= (or with a broken sp=), a record whose rua= holds a
     * valid URI counts as p=none; otherwise receivers apply no DMARC processing at all.
     */
    private Optional<DmarcPolicy> effectivePolicy(Optional<DmarcPolicy> p, List<ReportUri> rua) {
        boolean usableRua = rua.stream().anyMatch(u -> u.kind() != ReportUri.Kind.INVALID);
        if (p.isPresent() && !spBroken()) {
            return p;
        }
        if (!tags.containsKey("p")) {
            issues.add(usableRua ? DmarcIssue.fail("dmarc.policy.missing_with_rua") : DmarcIssue.fail("dmarc.policy.missing"));
        } else {
            issues.add(usableRua ? DmarcIssue.fail("dmarc.policy.broken_with_rua") : DmarcIssue.fail("dmarc.policy.broken"));
        }
        return usableRua ? Optional.of(DmarcPolicy.NONE) : Optional.empty();
    }

    private boolean spBroken() {
        return tags.containsKey("sp") && DmarcPolicy.parse(tags.get("sp").value()).isEmpty();
    }

    /** The parsed value of an optional tag; a value that does not parse is reported and ignored. */
    private <T> Optional<T> value(String name, Function<String, Optional<T>> parse, String expected, boolean fatal) {
        Tag tag = tags.get(name);
        if (tag == null) {
            return Optional.empty();
        }
        Optional<T> parsed = tag.value().isEmpty() ? Optional.empty() : parse.apply(tag.value());
        if (parsed.isEmpty()) {
            Object[] args = {name, tag.value(), tag.position(), expected};
            issues.add(fatal ? DmarcIssue.fail("dmarc.tag.bad_value", args) : DmarcIssue.warn("dmarc.tag.bad_value", args));
        }
        return parsed;
    }

    private List<ReportUri> uris(String name) {
        Tag tag = tags.get(name);
        if (tag == null) {
            return List.of();
        }
        List<ReportUri> uris = new ArrayList<>();
        for (String part : tag.value().split(",", -1)) {
            ReportUri uri = ReportUri.parse(part.strip());
            uris.add(uri);
            switch (uri.kind()) {
                case INVALID -> issues.add(DmarcIssue.warn("dmarc.uri.invalid", name, uri.text()));
                case OTHER_SCHEME -> issues.add(DmarcIssue.warn("dmarc.uri.not_mailto", name, uri.text()));
                case MAILTO -> { }
            }
        }
        return uris;
    }

    /** A colon-separated list whose every element is allowed, in lower case. */
    private static Optional<List<String>> list(String value, java.util.function.Predicate<String> allowed) {
        List<String> items = Arrays.stream(value.split(":", -1)).map(s -> s.strip().toLowerCase(Locale.ROOT)).toList();
        return items.stream().allMatch(allowed) ? Optional.of(items) : Optional.empty();
    }
}
