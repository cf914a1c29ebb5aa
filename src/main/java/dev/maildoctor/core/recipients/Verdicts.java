package dev.maildoctor.core.recipients;

/** Verdict ids used in code; other provider ids come from {@code providers.yaml}. */
public final class Verdicts {
    public static final String GOOGLE_WORKSPACE = "google_workspace";
    public static final String GMAIL = "gmail";
    public static final String MICROSOFT365 = "microsoft365";
    public static final String OUTLOOK_CONSUMER = "outlook_consumer";
    public static final String GATEWAY = "gateway";
    /** MX hosts that match no rule: the domain runs its own mail server (or an unlisted host). */
    public static final String SELF_HOSTED = "self_hosted";
    /** RFC 7505 null MX ("0 ."): the domain accepts no mail. */
    public static final String NULL_MX = "null_mx";
    /** No MX records: mail goes to the domain's A/AAAA address (RFC 5321 implicit MX). */
    public static final String NO_MX = "no_mx";
    public static final String NXDOMAIN = "nxdomain";
    /** A DNS lookup failed: the provider could not be told. */
    public static final String UNKNOWN = "unknown";

    private Verdicts() {
    }
}
