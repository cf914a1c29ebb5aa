package dev.maildoctor.app.recipients;

import dev.maildoctor.app.settings.AppSettings;
import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dns.DnsSettings;
import dev.maildoctor.core.dns.ResolverAddress;
import dev.maildoctor.core.model.Msg;

/** Opens the resolver client the settings ask for; a bad setting becomes a message, not a stack trace. */
final class ResolverOpener {
    /** A resolver setting that cannot be used, with the message that says so. */
    static final class Problem extends RuntimeException {
        private final transient Msg msg;

        Problem(Msg msg, Throwable cause) {
            super(msg.key(), cause);
            this.msg = msg;
        }

        Msg msg() {
            return msg;
        }
    }

    private ResolverOpener() {
    }

    /** Runs in the background: a resolver given by name needs a lookup. */
    static Dns open(AppSettings in) {
        for (String resolver : in.effectiveResolvers()) {
            try {
                ResolverAddress.parse(resolver);
            } catch (IllegalArgumentException e) {
                throw new Problem(Msg.of("ui.recipients.error.bad_resolver", resolver), e);
            }
        }
        try {
            // Hundreds of ordinary MX look-ups through the user's resolver: the bulk limit.
            return in.dnsSettings().withMaxInFlight(DnsSettings.BULK_MAX_IN_FLIGHT).open();
        } catch (IllegalArgumentException | IllegalStateException e) {
            Msg msg = in.effectiveResolvers().isEmpty()
                    ? Msg.of("ui.recipients.error.no_system_resolvers")
                    : Msg.of("ui.recipients.error.resolver_setup", String.valueOf(e.getMessage()));
            throw new Problem(msg, e);
        }
    }
}
