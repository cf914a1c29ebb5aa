package dev.maildoctor.core.policy;

import java.util.Optional;

/**
 * MTA-STS, TLS-RPT and BIMI for one domain. {@code mtaStsPolicy} is present when the policy file
 * was fetched and could be read, even if some of its values are wrong.
 */
public record PolicyReport(String domain, PolicyPart mtaSts, Optional<MtaStsPolicy> mtaStsPolicy,
                           PolicyPart tlsRpt, PolicyPart bimi) {
}
