package dev.maildoctor.core.maillog;

import dev.maildoctor.core.routing.Provider;
import dev.maildoctor.core.routing.ProviderHints;
import java.util.HashMap;
import java.util.Map;

/** {@link ProviderHints#of} per relay host and recipient domain, remembered (logs repeat both endlessly). */
final class ProviderCache {
    private static final int MAX = 20_000;
    /** Relay host, then recipient domain. */
    private final Map<String, Map<String, Provider>> known = new HashMap<>();
    private int size;

    Provider of(String relayHost, String domain) {
        String host = isHostName(relayHost) ? relayHost : "";
        String d = domain == null ? "" : domain;
        Map<String, Provider> byDomain = known.get(host);
        Provider p = byDomain == null ? null : byDomain.get(d);
        if (p == null) {
            if (size >= MAX) {
                known.clear();
                size = 0;
            }
            p = ProviderHints.of(host, d);
            known.computeIfAbsent(host, h -> new HashMap<>()).put(d, p);
            size++;
        }
        return p;
    }

    /** "none", "local" and transport names such as "dovecot" are not remote hosts. */
    static boolean isHostName(String relayHost) {
        return relayHost != null && relayHost.indexOf('.') > 0;
    }
}
