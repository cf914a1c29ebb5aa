package dev.maildoctor.core.recipients;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads MX rdata ("10 aspmx.l.google.com.") into hosts sorted by preference, then host. */
final class MxRecords {
    /** The RFC 7505 null MX target ("0 ."), kept as "." so that it shows. */
    static final String NULL_TARGET = ".";

    private MxRecords() {
    }

    /** Unreadable records are skipped: a server that sends them has bigger problems than ours. */
    static List<MxHost> parse(List<String> rdata) {
        List<MxHost> hosts = new ArrayList<>();
        for (String r : rdata) {
            String[] parts = r.strip().split("\\s+");
            if (parts.length != 2) {
                continue;
            }
            try {
                int preference = Integer.parseInt(parts[0]);
                String host = parts[1].equals(NULL_TARGET) ? NULL_TARGET : HostPatterns.normalise(parts[1]);
                hosts.add(new MxHost(host, preference));
            } catch (NumberFormatException e) {
                // skipped, see above
            }
        }
        hosts.sort(Comparator.comparingInt(MxHost::preference).thenComparing(MxHost::host));
        return hosts;
    }

    /** Null MX: every target is "." (RFC 7505 allows one such record and nothing else). */
    static boolean isNullMx(List<MxHost> hosts) {
        return !hosts.isEmpty() && hosts.stream().allMatch(h -> h.host().equals(NULL_TARGET));
    }
}
