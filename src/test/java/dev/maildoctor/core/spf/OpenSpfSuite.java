package dev.maildoctor.core.spf;

import dev.maildoctor.testing.FakeDnsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The OpenSPF RFC 7208 test suite (src/test/resources/corpora/spf-openspf, BSD-3-Clause) read
 * as its FORMAT.md describes: one scenario per YAML document, zone data served through a
 * {@link FakeDnsServer} the way the reference driver (pyspf's testspf.py) serves it.
 */
final class OpenSpfSuite {
    static final String RESOURCE = "/corpora/spf-openspf/rfc7208-tests.yml";
    /** Every type a bare TIMEOUT entry can stand for. */
    private static final List<String> TYPES = List.of("TXT", "A", "AAAA", "MX", "PTR", "CNAME", "SPF");

    /** One test; {@code explanation} null when not given, "DEFAULT" for the default explanation. */
    record Case(String scenario, String name, String helo, String host, String mailFrom, List<String> results,
                String explanation, Map<String, List<Object>> zone) {
    }

    private OpenSpfSuite() {
    }

    @SuppressWarnings("unchecked")
    static List<Case> load() {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = OpenSpfSuite.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(in)) {
                Map<String, Object> scenario = (Map<String, Object>) doc;
                Map<String, List<Object>> zone = new LinkedHashMap<>();
                Object zonedata = scenario.get("zonedata");
                if (zonedata != null) {
                    ((Map<String, List<Object>>) zonedata).forEach((k, v) -> zone.put(k, v == null ? List.of() : v));
                }
                Map<String, Map<String, Object>> tests = (Map<String, Map<String, Object>>) scenario.get("tests");
                tests.forEach((name, t) -> {
                    Object r = t.get("result");
                    List<String> results = r instanceof List<?> list ? (List<String>) list : List.of((String) r);
                    cases.add(new Case(String.valueOf(scenario.get("description")), name, text(t.get("helo")),
                            text(t.get("host")), text(t.get("mailfrom")), results, (String) t.get("explanation"),
                            zone));
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    /** Serves a scenario's zone data: SPF copied to TXT unless TXT is listed, TIMEOUT for the types not listed before it. */
    @SuppressWarnings("unchecked")
    static void serve(Map<String, List<Object>> zone, FakeDnsServer server) {
        server.followCnames();
        zone.forEach((owner, entries) -> {
            boolean txtListed = entries.stream().anyMatch(e -> e instanceof Map<?, ?> m && m.containsKey("TXT"));
            Set<String> seen = new HashSet<>();
            List<String> spf = new ArrayList<>();
            for (Object entry : entries) {
                if ("TIMEOUT".equals(entry)) {
                    timeout(server, owner, seen);
                    continue;
                }
                Map.Entry<String, Object> rr = ((Map<String, Object>) entry).entrySet().iterator().next();
                String type = rr.getKey().toUpperCase(Locale.ROOT);
                Object value = rr.getValue();
                if ("NONE".equals(value)) {
                    continue;
                }
                seen.add(type);
                switch (type) {
                    case "SPF" -> {
                        spf.add(txt(value));
                        if (!txtListed) {
                            seen.add("TXT");
                        }
                    }
                    case "TXT" -> server.add(owner, "TXT", txt(value));
                    case "MX" -> {
                        List<Object> mx = (List<Object>) value;
                        String exchange = String.valueOf(mx.get(1));
                        server.add(owner, "MX", mx.get(0) + " " + (exchange.endsWith(".") ? exchange : exchange + "."));
                    }
                    case "PTR", "CNAME" -> {
                        String target = String.valueOf(value);
                        server.add(owner, type, target.endsWith(".") ? target : target + ".");
                    }
                    default -> server.add(owner, type, String.valueOf(value));
                }
            }
            if (!txtListed) {
                spf.forEach(text -> server.add(owner, "TXT", text));
            }
        });
    }

    private static void timeout(FakeDnsServer server, String owner, Set<String> answered) {
        if (answered.isEmpty()) {
            server.timeout(owner);
            return;
        }
        for (String type : TYPES) {
            if (!answered.contains(type)) {
                server.timeout(owner, type);
            }
        }
    }

    /**
     * TXT rdata in presentation form: each character-string quoted, the suite's raw octets
     * ({@code \x80} arrives as char U+0080) written as {@code \DDD}.
     */
    @SuppressWarnings("unchecked")
    private static String txt(Object value) {
        List<String> strings = value instanceof List<?> ? (List<String>) value : List.of(String.valueOf(value));
        if (strings.isEmpty()) {
            return "\"\"";
        }
        StringBuilder sb = new StringBuilder();
        for (String s : strings) {
            sb.append(sb.length() == 0 ? "\"" : " \"");
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\') {
                    sb.append('\\').append(c);
                } else if (c < 0x20 || c > 0x7e) {
                    sb.append(String.format("\\%03d", c & 0xff));
                } else {
                    sb.append(c);
                }
            }
            sb.append('"');
        }
        return sb.toString();
    }
}
