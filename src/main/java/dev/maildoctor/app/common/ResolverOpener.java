package dev.maildoctor.app.common;

import dev.maildoctor.app.settings.AppSettings;
import dev.maildoctor.core.dns.Dns;
import dev.maildoctor.core.dns.ResolverAddress;
import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.core.model.Msg;

/**
 * Opens the resolver client the settings ask for, for the pages that run DNS work; a setting that
 * cannot be used becomes a message for the page (InvalidInputException), not a stack trace.
 */
public final class ResolverOpener {
    private ResolverOpener() {
    }

    /** Runs in the background: a resolver given by name needs a lookup. */
    public static Dns open(AppSettings in, int maxInFlight) {
        for (String resolver : in.effectiveResolvers()) {
            try {
                ResolverAddress.parse(resolver);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(Msg.of("ui.resolver.error.bad_resolver", resolver));
            }
        }
        try {
            return in.dnsSettings().withMaxInFlight(maxInFlight).open();
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException(in.effectiveResolvers().isEmpty()
                    ? Msg.of("ui.resolver.error.no_system_resolvers")
                    : Msg.of("ui.resolver.error.resolver_setup", String.valueOf(e.getMessage())));
        }
    }
}
