package dev.maildoctor.core.recipients;

import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.model.Status;
import java.util.List;
import java.util.Optional;

/**
 * Where one recipient domain's mail goes.
 *
 * @param provider    the verdict: a provider id from {@code providers.yaml} ({@code google_workspace},
 *                    {@code gmail}, {@code microsoft365}, {@code outlook_consumer}, {@code yahoo},
 *                    {@code icloud}, {@code zoho}, ...), {@code gateway}, or one of {@link Verdicts}'
 *                    special values ({@code self_hosted}, {@code null_mx}, {@code no_mx},
 *                    {@code nxdomain}, {@code unknown})
 * @param gateway     the gateway's name (Proofpoint, Mimecast, ...) when the verdict is {@code gateway}
 * @param mx          the MX records, by preference then host
 * @param matchedRule which MX host matched which rule, when a rule decided the verdict
 * @param hints       weak signs of the provider behind a gateway ("likely behind")
 * @param status      PASS when the verdict rests on definite DNS answers; INFO when MX hosts of
 *                    other providers sit beside the deciding primary (listed in {@code problem});
 *                    WARN when the domain cannot take mail (null MX, NXDOMAIN, neither MX nor
 *                    address records); UNKNOWN when a lookup failed (the verdict is then
 *                    {@code unknown}, never a guess)
 * @param problem     what failed, for UNKNOWN (e.g. "MX lookup timed out via 192.0.2.53"), or the
 *                    note behind INFO and WARN
 */
public record DomainClassification(RecipientDomain domain, String provider, Optional<String> gateway,
                                   List<MxHost> mx, Optional<MatchedRule> matchedRule, List<Hint> hints,
                                   Status status, Optional<Msg> problem) {
    public DomainClassification {
        mx = List.copyOf(mx);
        hints = List.copyOf(hints);
    }

    public boolean isGoogle() {
        return Verdicts.GOOGLE_WORKSPACE.equals(provider) || Verdicts.GMAIL.equals(provider);
    }

    public boolean isMicrosoft() {
        return Verdicts.MICROSOFT365.equals(provider) || Verdicts.OUTLOOK_CONSUMER.equals(provider);
    }
}
