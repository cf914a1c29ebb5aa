package dev.maildoctor.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * The records a {@link FakeDnsServer} serves: records added one by one, and functions that answer
 * for every name under a suffix. Names are compared in lower case without the trailing dot.
 */
final class FakeZone {
    static final long TTL = 300;
    static final int MAX_CNAME_CHAIN = 8;

    /** What the zone says about one question. */
    record Lookup(int rcode, List<Record> answers) {
    }

    private final Map<String, List<Record>> records = new ConcurrentHashMap<>();
    /** Names that own records, and their ancestors (empty non-terminals answer NODATA, not NXDOMAIN). */
    private final Set<String> existing = ConcurrentHashMap.newKeySet();
    private final Map<String, Function<String, List<FakeDnsServer.Rr>>> generators = new ConcurrentHashMap<>();
    private volatile boolean followCnames;

    void add(String name, String type, String rdata) {
        // As dnsjava prints it, as lookups see it: octets such as spaces in a label become \DDD escapes.
        String key = normalize(toName(normalize(name)).toString());
        records.computeIfAbsent(key, k -> new CopyOnWriteArrayList<>()).add(record(toName(key), type, rdata));
        for (String n = key; ; n = n.substring(n.indexOf('.') + 1)) {
            existing.add(n);
            if (n.indexOf('.') < 0) {
                break;
            }
        }
    }

    void answerUnder(String suffix, Function<String, List<FakeDnsServer.Rr>> answers) {
        generators.put(normalize(suffix), answers);
    }

    /** Answers as a recursive resolver does: a CNAME followed by the target's records (see {@link FakeDnsServer#followCnames}). */
    void followCnames() {
        followCnames = true;
    }

    Lookup lookup(Name qname, int type) {
        return lookup(qname, type, 0);
    }

    private Lookup lookup(Name qname, int type, int depth) {
        String name = normalize(qname.toString());
        List<Record> owned = records.get(name);
        if (owned != null) {
            List<Record> cname = ofType(owned, Type.CNAME);
            if (followCnames && type != Type.CNAME && type != Type.ANY && !cname.isEmpty()) {
                if (depth >= MAX_CNAME_CHAIN) {
                    return new Lookup(Rcode.SERVFAIL, List.of()); // a loop, as a resolver reports it
                }
                Lookup target = lookup(((CNAMERecord) cname.get(0)).getTarget(), type, depth + 1);
                List<Record> chain = new ArrayList<>(cname);
                chain.addAll(target.answers());
                return new Lookup(target.rcode(), target.rcode() == Rcode.SERVFAIL ? List.of() : chain);
            }
            return new Lookup(Rcode.NOERROR, ofType(owned, type));
        }
        String suffix = longestSuffix(generators.keySet(), name);
        if (suffix != null) {
            String relative = name.equals(suffix) ? "" : name.substring(0, name.length() - suffix.length() - 1);
            List<FakeDnsServer.Rr> generated = generators.get(suffix).apply(relative);
            if (generated != null) {
                List<Record> built = new ArrayList<>();
                for (FakeDnsServer.Rr rr : generated) {
                    built.add(record(qname, rr.type(), rr.rdata()));
                }
                return new Lookup(Rcode.NOERROR, ofType(built, type));
            }
        }
        return new Lookup(existing.contains(name) ? Rcode.NOERROR : Rcode.NXDOMAIN, List.of());
    }

    private static List<Record> ofType(List<Record> all, int type) {
        return all.stream().filter(r -> type == Type.ANY || r.getType() == type).toList();
    }

    /** Parses presentation-format rdata; TXT text without quotes is one string (split every 255 bytes). */
    static Record record(Name owner, String type, String rdata) {
        int code = Type.value(type);
        if (code < 0) {
            throw new IllegalArgumentException("unknown record type: " + type);
        }
        if (code == Type.TXT && !rdata.startsWith("\"")) {
            List<String> chunks = new ArrayList<>();
            for (int i = 0; i < rdata.length() || chunks.isEmpty(); i += 255) {
                chunks.add(rdata.substring(i, Math.min(rdata.length(), i + 255)));
            }
            return new TXTRecord(owner, DClass.IN, TTL, chunks);
        }
        try {
            return Record.fromString(owner, code, DClass.IN, TTL, rdata, Name.root);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("bad " + type + " rdata: " + rdata, e);
        }
    }

    private static Name toName(String normalized) {
        try {
            return normalized.isEmpty() ? Name.root : Name.fromString(normalized + ".");
        } catch (TextParseException e) {
            throw new IllegalArgumentException("invalid DNS name: " + normalized, e);
        }
    }

    /** Lower case, no trailing dot; the root is the empty string. */
    static String normalize(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }

    /** True when {@code name} is {@code suffix} or below it (every name is below the root, ""). */
    static boolean isUnder(String name, String suffix) {
        return suffix.isEmpty() || name.equals(suffix) || name.endsWith("." + suffix);
    }

    /** The longest of {@code suffixes} that {@code name} is under, or null. */
    static String longestSuffix(Iterable<String> suffixes, String name) {
        String best = null;
        for (String s : suffixes) {
            if (isUnder(name, s) && (best == null || s.length() > best.length())) {
                best = s;
            }
        }
        return best;
    }
}
