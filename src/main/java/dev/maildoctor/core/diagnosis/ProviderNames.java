package dev.maildoctor.core.diagnosis;

import dev.maildoctor.core.model.Msg;
import dev.maildoctor.core.routing.Provider;

/**
 * How a provider is named inside a sentence ("refused by Gmail", "refused by a filtering gateway").
 * Labels on their own (chips, table cells) use the bounce.provider.* keys instead.
 */
public final class ProviderNames {
    private ProviderNames() {
    }

    public static Msg inSentence(Provider provider) {
        String key = switch (provider == null ? Provider.UNKNOWN : provider) {
            case GMAIL -> "provider.gmail";
            case GOOGLE_WORKSPACE -> "provider.google_workspace";
            case MICROSOFT365 -> "provider.microsoft365";
            case OUTLOOK_CONSUMER -> "provider.outlook_consumer";
            case YAHOO -> "provider.yahoo";
            case ICLOUD -> "provider.icloud";
            case ZOHO -> "provider.zoho";
            case AOL -> "provider.aol";
            case GATEWAY -> "provider.gateway";
            case SELF_HOSTED -> "provider.self_hosted";
            case UNKNOWN -> "provider.unknown";
        };
        return Msg.of(key);
    }
}
