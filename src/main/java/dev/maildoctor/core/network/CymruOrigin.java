package dev.maildoctor.core.network;

import java.util.Optional;

/**
 * Parses Team Cymru's DNS answers. Origin: "23028 | 216.90.108.0/24 | US | arin | 1998-09-25"
 * (several ASNs may precede the first bar); AS description: "23028 | US | arin | 2002-01-04 | NAME".
 */
public record CymruOrigin(String asn, String prefix, String country, String registry) {
    public static Optional<CymruOrigin> parse(String txt) {
        String[] f = txt.split("\\|");
        if (f.length < 4) {
            return Optional.empty();
        }
        String asn = f[0].trim().split("\\s+")[0];
        if (!asn.matches("\\d{1,10}")) {
            return Optional.empty();
        }
        return Optional.of(new CymruOrigin(asn, f[1].trim(), f[2].trim(), f[3].trim()));
    }

    public static Optional<String> holder(String txt) {
        String[] f = txt.split("\\|");
        if (f.length < 5) {
            return Optional.empty();
        }
        String holder = f[4].trim();
        return holder.isEmpty() ? Optional.empty() : Optional.of(holder);
    }
}
