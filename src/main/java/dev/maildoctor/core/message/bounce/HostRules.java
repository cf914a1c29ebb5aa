package dev.maildoctor.core.message.bounce;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Provider-specific reply texts and error codes ({@code /dev/maildoctor/bounce/hosts.txt}): Google,
 * Microsoft, Yahoo, Orange/La Poste, Tencent, GoDaddy, Facebook, KDDI, NTT DOCOMO and others word
 * the same failure in their own way, and document which words mean what.
 */
public final class HostRules {
    static final String RESOURCE = "/dev/maildoctor/bounce/hosts.txt";

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final List<Host> hosts;

    private HostRules(List<Host> hosts) {
        this.hosts = List.copyOf(hosts);
    }

    /** One rule: a reason, the conditions on status/reply/command, and a phrase. */
    record Rule(Reason reason, String status, char statusClass, char notClass, String reply, String command,
            String phrase) {
    }

    /** One provider: where it applies and its rules in order. */
    record Host(String name, List<String> suffixes, List<String> domains, List<Rule> rules) {
        boolean applies(String remoteHost, String reportingMta, String domain) {
            for (String s : suffixes) {
                if (!remoteHost.isEmpty() && remoteHost.endsWith(s) || !reportingMta.isEmpty() && reportingMta.endsWith(s)) {
                    return true;
                }
            }
            return domains.contains(domain);
        }
    }

    public static HostRules standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final HostRules STANDARD = load();
    }

    static HostRules load() {
        try (InputStream in = HostRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HostRules parse(BufferedReader reader) throws IOException {
        List<Host> out = new ArrayList<>();
        String name = null;
        List<String> suffixes = new ArrayList<>();
        List<String> domains = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                if (name != null) {
                    out.add(new Host(name, suffixes, domains, rules));
                }
                name = line.substring(1, line.length() - 1);
                suffixes = new ArrayList<>();
                domains = new ArrayList<>();
                rules = new ArrayList<>();
            } else if (line.startsWith("hosts:")) {
                suffixes.addAll(List.of(SPACES.split(line.substring(6).strip().toLowerCase(Locale.ROOT))));
            } else if (line.startsWith("domains:")) {
                domains.addAll(List.of(SPACES.split(line.substring(8).strip().toLowerCase(Locale.ROOT))));
            } else if (line.startsWith("rule:")) {
                rules.add(rule(line.substring(5)));
            } else {
                throw new IllegalArgumentException("hosts.txt: cannot read line: " + line);
            }
        }
        if (name != null) {
            out.add(new Host(name, suffixes, domains, rules));
        }
        return new HostRules(out);
    }

    private static Rule rule(String text) {
        int bar = text.indexOf('|');
        String[] head = SPACES.split(text.substring(0, bar).strip());
        String phrase = text.substring(bar + 1).stripLeading().toLowerCase(Locale.ROOT);
        Reason reason = Reason.valueOf(head[0].toUpperCase(Locale.ROOT));
        String status = "";
        char statusClass = 0;
        char notClass = 0;
        String reply = "";
        String command = "";
        for (int i = 1; i < head.length; i++) {
            String[] kv = head[i].split("=", 2);
            switch (kv[0]) {
                case "status" -> status = kv[1];
                case "class" -> statusClass = kv[1].charAt(0);
                case "notclass" -> notClass = kv[1].charAt(0);
                case "reply" -> reply = kv[1];
                case "command" -> command = kv[1];
                default -> throw new IllegalArgumentException("hosts.txt: unknown condition " + head[i]);
            }
        }
        return new Rule(reason, status, statusClass, notClass, reply, command, phrase);
    }

    /**
     * The provider's own reason for this reply, or null when no provider rule applies.
     *
     * @param command sisimai's command word ("RCPT", "DATA", ...) or ""
     */
    public Reason reason(String remoteHost, String reportingMta, String recipientDomain, String status,
            String reply, String command, String diagnostic) {
        if (diagnostic == null || diagnostic.isBlank()) {
            return null;
        }
        String host = remoteHost == null ? "" : remoteHost.toLowerCase(Locale.ROOT);
        String lhost = reportingMta == null ? "" : reportingMta.toLowerCase(Locale.ROOT);
        String domain = recipientDomain == null ? "" : recipientDomain.toLowerCase(Locale.ROOT);
        String text = diagnostic.toLowerCase(Locale.ROOT);
        for (Host h : hosts) {
            if (!h.applies(host, lhost, domain)) {
                continue;
            }
            for (Rule r : h.rules()) {
                if (matches(r, status, reply, command, text)) {
                    return r.reason();
                }
            }
        }
        return null;
    }

    private static boolean matches(Rule r, String status, String reply, String command, String text) {
        char cls = !status.isEmpty() ? status.charAt(0) : !reply.isEmpty() ? reply.charAt(0) : 0;
        if (!r.status().isEmpty() && !r.status().equals(status)) {
            return false;
        }
        if (r.statusClass() != 0 && r.statusClass() != cls) {
            return false;
        }
        if (r.notClass() != 0 && r.notClass() == cls) {
            return false;
        }
        if (!r.reply().isEmpty() && !r.reply().equals(reply)) {
            return false;
        }
        if (!r.command().isEmpty() && !r.command().equals(command)) {
            return false;
        }
        return r.phrase().isEmpty() || text.contains(r.phrase());
    }

    int size() {
        return hosts.size();
    }
}
