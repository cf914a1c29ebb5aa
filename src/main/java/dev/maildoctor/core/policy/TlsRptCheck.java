package dev.maildoctor.core.policy;

import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.model.Status;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** SMTP TLS Reporting (RFC 8460): {@code _smtp._tls.<domain>} TXT "v=TLSRPTv1; rua=...". */
final class TlsRptCheck {
    static final String VERSION = "TLSRPTv1";

    private final Dns dns;

    TlsRptCheck(Dns dns) {
        this.dns = dns;
    }

    CompletionStage<PolicyPart> check(String domain) {
        String name = "_smtp._tls." + domain;
        return TxtSelection.lookup(dns, name, VERSION).thenApply(sel -> {
            Optional<PolicyFinding> problem = sel.problem("policy.tlsrpt.absent", "policy.tlsrpt.multiple");
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
            out.add(PolicyFinding.of(Status.FAIL, "policy.tlsrpt.syntax", record));
            return out;
        }
        Optional<String> rua = tags.get("rua");
        if (rua.isEmpty() || rua.get().isBlank()) {
            out.add(PolicyFinding.of(Status.FAIL, "policy.tlsrpt.rua_missing"));
            return out;
        }
        List<String> bad = new ArrayList<>();
        for (String uri : rua.get().split(",")) {
            if (!validReportUri(uri.strip())) {
                bad.add(uri.strip());
            }
        }
        if (!bad.isEmpty()) {
            out.add(PolicyFinding.of(Status.FAIL, "policy.tlsrpt.rua_invalid", String.join(", ", bad)));
        } else {
            out.add(PolicyFinding.of(Status.PASS, "policy.tlsrpt.ok", rua.get()));
        }
        return out;
    }

    /** mailto: with one address, or an absolute https: URI with a host. */
    static boolean validReportUri(String text) {
        try {
            URI uri = new URI(text);
            if ("mailto".equalsIgnoreCase(uri.getScheme())) {
                String address = uri.getSchemeSpecificPart();
                return address.matches("[^@\\s,?]+@[A-Za-z0-9.-]+\\.[A-Za-z0-9-]+");
            }
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
