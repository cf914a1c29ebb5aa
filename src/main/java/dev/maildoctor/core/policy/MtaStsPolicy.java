package dev.maildoctor.core.policy;

import java.util.List;
import java.util.Optional;

/** The fields of an MTA-STS policy file (RFC 8461 section 3.2), as published, unvalidated. */
public record MtaStsPolicy(Optional<String> version, Optional<String> mode, List<String> mx,
                           Optional<String> maxAge) {
    public MtaStsPolicy {
        mx = List.copyOf(mx);
    }

    /**
     * Reads "key: value" lines (CRLF or LF). The first occurrence of version, mode and max_age wins,
     * mx may repeat; unknown keys are ignored as the RFC requires.
     */
    public static MtaStsPolicy parse(String text) {
        String version = null;
        String mode = null;
        String maxAge = null;
        List<String> mx = new java.util.ArrayList<>();
        for (String line : text.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "version" -> version = version == null ? value : version;
                case "mode" -> mode = mode == null ? value : mode;
                case "max_age" -> maxAge = maxAge == null ? value : maxAge;
                case "mx" -> mx.add(value);
                default -> {
                    // extensions are allowed and ignored
                }
            }
        }
        return new MtaStsPolicy(Optional.ofNullable(version), Optional.ofNullable(mode), mx,
                Optional.ofNullable(maxAge));
    }

    /** True when a host name matches one of the mx patterns; "*." covers exactly one leftmost label. */
    public boolean covers(String host) {
        String h = normalize(host);
        for (String pattern : mx) {
            String p = normalize(pattern);
            if (p.startsWith("*.")) {
                int dot = h.indexOf('.');
                if (dot > 0 && h.substring(dot + 1).equals(p.substring(2))) {
                    return true;
                }
            } else if (p.equals(h)) {
                return true;
            }
        }
        return false;
    }

    private static String normalize(String name) {
        String n = name.strip().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }
}
