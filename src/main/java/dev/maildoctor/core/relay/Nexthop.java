package dev.maildoctor.core.relay;

import java.util.Locale;
import java.util.Map;

/**
 * Canonical form of a transport-map value, so that {@code smtp:[Relay.Example.NET]:submission}
 * and {@code smtp:[relay.example.net]:587} compare equal.
 */
final class Nexthop {
    private static final Map<String, String> SERVICES = Map.of(
            "smtp", "25", "submission", "587", "submissions", "465", "smtps", "465");

    private Nexthop() {
    }

    static String canonical(String value) {
        String text = value.strip();
        int colon = text.indexOf(':');
        String transport = colon < 0 ? text : text.substring(0, colon);
        String nexthop = colon < 0 ? "" : text.substring(colon + 1);
        // An empty transport means default_transport, which is smtp unless changed.
        transport = transport.isEmpty() ? "smtp" : transport.toLowerCase(Locale.ROOT);
        return transport + ":" + destination(nexthop);
    }

    private static String destination(String nexthop) {
        if (nexthop.startsWith("[")) {
            int close = nexthop.indexOf(']');
            if (close > 0) {
                String host = host(nexthop.substring(1, close));
                String rest = nexthop.substring(close + 1);
                String port = rest.startsWith(":") ? port(rest.substring(1)) : "25";
                return "[" + host + "]:" + port;
            }
            return nexthop.toLowerCase(Locale.ROOT);
        }
        int colon = nexthop.lastIndexOf(':');
        if (colon < 0 || nexthop.isEmpty()) {
            return nexthop.toLowerCase(Locale.ROOT);
        }
        return nexthop.substring(0, colon).toLowerCase(Locale.ROOT) + ":" + port(nexthop.substring(colon + 1));
    }

    private static String host(String host) {
        String h = host.regionMatches(true, 0, "ipv6:", 0, 5) ? host.substring(5) : host;
        try {
            return HostSyntax.relayHost(h);
        } catch (IllegalArgumentException e) {
            return h.toLowerCase(Locale.ROOT);
        }
    }

    private static String port(String port) {
        String p = port.toLowerCase(Locale.ROOT);
        return SERVICES.getOrDefault(p, p.replaceFirst("^0+(?=\\d)", ""));
    }
}
