package dev.maildoctor.app.recipients;

import dev.maildoctor.core.recipients.DomainClassification;
import dev.maildoctor.core.recipients.Verdicts;
import java.util.Locale;
import java.util.Set;

/**
 * The groups the page filters and colours by: the big mailbox providers a relay offer is usually
 * about, other hosted mailboxes, gateways that hide the provider, and the verdicts that are not a
 * provider at all (self-hosted, null MX, no MX, NXDOMAIN, unknown).
 */
enum ProviderFamily {
    GOOGLE, MICROSOFT, YAHOO, OTHER_PROVIDER, GATEWAY, SELF_HOSTED, NULL_MX, NO_MX, NXDOMAIN, UNKNOWN;

    /** Provider ids of Yahoo and the brands it runs (AOL). */
    private static final Set<String> YAHOO_IDS = Set.of("yahoo", "yahoo_japan", "aol", "verizon");

    static ProviderFamily of(DomainClassification c) {
        if (c.isGoogle()) {
            return GOOGLE;
        }
        if (c.isMicrosoft()) {
            return MICROSOFT;
        }
        String id = c.provider() == null ? Verdicts.UNKNOWN : c.provider();
        switch (id) {
            case Verdicts.GATEWAY:
                return GATEWAY;
            case Verdicts.SELF_HOSTED:
                return SELF_HOSTED;
            case Verdicts.NULL_MX:
                return NULL_MX;
            case Verdicts.NO_MX:
                return NO_MX;
            case Verdicts.NXDOMAIN:
                return NXDOMAIN;
            case Verdicts.UNKNOWN:
                return UNKNOWN;
            default:
                return YAHOO_IDS.contains(id) || id.startsWith("yahoo") ? YAHOO : OTHER_PROVIDER;
        }
    }

    /** Style class of the family's chip, e.g. {@code family-google}. */
    String styleClass() {
        return "family-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Message key of the family's name. */
    String key() {
        return "ui.recipients.family." + name().toLowerCase(Locale.ROOT);
    }
}
