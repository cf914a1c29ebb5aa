package dev.maildoctor.core.relay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An existing Postfix {@code transport} file compared with the one the request needs.
 *
 * <p>A requested domain is looked up as Postfix does: its own key, then {@code .parent} keys from
 * the closest parent up, then {@code *}. Keys compare case-insensitively and in ASCII (punycode).
 *
 * @param missing    domains the request needs that the file lacks (ASCII)
 * @param redundant  entries of the file for domains the request does not send through the relay,
 *                   and repeated keys (postmap keeps the first), as written
 * @param different  lines of the file that route a requested domain (or its subdomains) elsewhere
 * @param unreadable lines that are not {@code key nexthop} (kept as written)
 * @param mismatches the details of {@code different}: which domain, which line
 */
public record TransportComparison(List<String> missing, List<String> redundant, List<String> different,
                                  List<String> unreadable, List<Mismatch> mismatches) {
    /**
     * A requested domain the file routes to another next hop.
     *
     * @param domain     the requested domain, or {@code .domain} for a subdomain line of it
     * @param lineNumber the line of the file (1-based)
     * @param line       the file's line as written
     * @param expected   the next hop the request needs, e.g. {@code smtp:[relay.example.net]:587}
     */
    public record Mismatch(String domain, int lineNumber, String line, String expected) {
    }

    public TransportComparison {
        missing = List.copyOf(missing);
        redundant = List.copyOf(redundant);
        different = List.copyOf(different);
        unreadable = List.copyOf(unreadable);
        mismatches = List.copyOf(mismatches);
    }

    public TransportComparison(List<String> missing, List<String> redundant, List<String> different,
                               List<String> unreadable) {
        this(missing, redundant, different, unreadable, List.of());
    }

    /** True when the file already routes exactly the requested domains, and only them, to the relay. */
    public boolean upToDate() {
        return missing.isEmpty() && redundant.isEmpty() && different.isEmpty() && unreadable.isEmpty();
    }

    public static TransportComparison compare(String existingTransport, RelayRequest request) {
        RelayPlan plan = RelayPlan.of(request);
        TransportTable.Parsed parsed = TransportTable.parse(existingTransport);
        String expected = plan.nexthop();
        String wanted = Nexthop.canonical(expected);

        Map<String, TransportTable.Entry> byKey = new HashMap<>();
        List<TransportTable.Entry> duplicates = new ArrayList<>();
        for (TransportTable.Entry e : parsed.entries()) {
            if (byKey.putIfAbsent(e.key(), e) != null) {
                duplicates.add(e);
            }
        }
        Set<String> requested = new LinkedHashSet<>(plan.domains());
        Set<TransportTable.Entry> used = new LinkedHashSet<>();
        List<String> missing = new ArrayList<>();
        List<Mismatch> mismatches = new ArrayList<>();
        for (String domain : requested) {
            TransportTable.Entry entry = effective(domain, byKey);
            if (entry == null) {
                missing.add(domain);
                continue;
            }
            used.add(entry);
            if (!Nexthop.canonical(entry.value()).equals(wanted)) {
                mismatches.add(new Mismatch(domain, entry.lineNumber(), entry.line(), expected));
            }
        }
        List<String> redundant = new ArrayList<>();
        for (TransportTable.Entry e : parsed.entries()) {
            boolean first = byKey.get(e.key()) == e;
            boolean related = used.contains(e) || (first && requested.contains(e.domain()));
            if (!first || !related) {
                redundant.add(e.line());
            } else if (!used.contains(e) && !Nexthop.canonical(e.value()).equals(wanted)) {
                // A subdomain line (.example.co.jp) or address line of a requested domain going elsewhere.
                mismatches.add(new Mismatch(e.key(), e.lineNumber(), e.line(), expected));
            }
        }
        mismatches.sort(Comparator.comparingInt(Mismatch::lineNumber));
        List<String> different = mismatches.stream().map(Mismatch::line).distinct().toList();
        return new TransportComparison(missing, redundant, different, parsed.unreadable(), mismatches);
    }

    /** The entry Postfix would use for a recipient domain (transport(5) lookup order), or null. */
    private static TransportTable.Entry effective(String domain, Map<String, TransportTable.Entry> byKey) {
        TransportTable.Entry exact = byKey.get(domain);
        if (exact != null) {
            return exact;
        }
        for (int dot = domain.indexOf('.'); dot >= 0; dot = domain.indexOf('.', dot + 1)) {
            TransportTable.Entry parent = byKey.get(domain.substring(dot));
            if (parent != null) {
                return parent;
            }
        }
        return byKey.get("*");
    }
}
