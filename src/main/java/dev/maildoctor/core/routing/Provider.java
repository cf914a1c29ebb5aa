package dev.maildoctor.core.routing;

/** Mailbox providers and gateways, as far as MX hosts, bounce texts or domains reveal them. */
public enum Provider {
    GOOGLE_WORKSPACE, GMAIL, MICROSOFT365, OUTLOOK_CONSUMER, YAHOO, ICLOUD, ZOHO, AOL,
    /** A filtering gateway in front of the real mailbox provider (Proofpoint, Mimecast, ...). */
    GATEWAY,
    SELF_HOSTED,
    UNKNOWN;

    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Google and Microsoft run both a business and a consumer service; incidents group them. */
    public boolean isGoogle() {
        return this == GOOGLE_WORKSPACE || this == GMAIL;
    }

    public boolean isMicrosoft() {
        return this == MICROSOFT365 || this == OUTLOOK_CONSUMER;
    }
}
