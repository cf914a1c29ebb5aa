package dev.maildoctor.core.policy;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.model.Status;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * BIMI assertion record at {@code default._bimi.<domain>}: "v=BIMI1; l=https://...svg; a=https://...pem".
 * Presence is informational; mailbox providers only show the logo when DMARC is at enforcement.
 */
final class BimiCheck {
    static final String VERSION = "BIMI1";

    private final Dns dns;

    BimiCheck(Dns dns) {
        this.dns = dns;
    }

    CompletionStage<PolicyPart> check(String domain) {
        String name = "default._bimi." + domain;
        return TxtSelection.lookup(dns, name, VERSION).thenApply(sel -> {
            Optional<PolicyFinding> problem = sel.problem("policy.bimi.absent", "policy.bimi.multiple");
            if (problem.isPresent()) {
                return new PolicyPart(name, Optional.empty(), List.of(problem.get()));
            }
            String record = sel.single().orElseThrow();
            return new PolicyPart(name, Optional.of(record), evaluate(record));
        });
    }

    static List<PolicyFinding> evaluate(String record) {
        List<PolicyFinding> out = new ArrayList<>();
        TagRecord tags = TagRecord.parse(record);
        if (!TagRecord.startsWithVersion(record, VERSION) || !tags.malformed().isEmpty()
                || !tags.duplicates().isEmpty()) {
            out.add(PolicyFinding.of(Status.FAIL, "policy.bimi.syntax", record));
            return out;
        }
        String logo = tags.get("l").orElse("");
        String authority = tags.get("a").orElse("");
        if (logo.isEmpty() && authority.isEmpty()) {
            // An empty l= is the published way to decline BIMI for the domain.
            out.add(PolicyFinding.of(Status.INFO, "policy.bimi.declined"));
            return out;
        }
        boolean ok = true;
        if (!httpsWithSuffix(logo, ".svg")) {
            out.add(PolicyFinding.of(Status.FAIL, "policy.bimi.logo_invalid", logo));
            ok = false;
        }
        if (!authority.isEmpty() && !httpsWithSuffix(authority, ".pem")) {
            out.add(PolicyFinding.of(Status.FAIL, "policy.bimi.authority_invalid", authority));
            ok = false;
        }
        if (ok) {
            out.add(PolicyFinding.of(Status.INFO, "policy.bimi.present", logo));
            if (authority.isEmpty()) {
                out.add(PolicyFinding.of(Status.INFO, "policy.bimi.no_authority"));
            }
        }
        out.add(PolicyFinding.of(Status.INFO, "policy.bimi.dmarc_note"));
        return out;
    }

    private static boolean httpsWithSuffix(String text, String suffix) {
        try {
            URI uri = new URI(text);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && uri.getPath() != null
                    && uri.getPath().toLowerCase(Locale.ROOT).endsWith(suffix);
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
