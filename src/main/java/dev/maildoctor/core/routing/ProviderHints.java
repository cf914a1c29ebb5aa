package dev.maildoctor.core.routing;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises a mailbox provider from what a bounce or a log line shows: the remote host name, or
 * the recipient's domain. (The MX-based classification of recipient domains builds on this.)
 */
public final class ProviderHints {
    private static final Pattern GMAIL_ALT = Pattern.compile("alt\\d\\.gmail-smtp-in\\.l\\.google\\.com");
    private static final Pattern OUTLOOK_DOMAIN = Pattern.compile("(outlook|hotmail|live|msn)\\.[a-z.]+");
    private static final Pattern YAHOO_DOMAIN = Pattern.compile("(yahoo|ymail|rocketmail)\\.[a-z.]+");

    private ProviderHints() {
    }

    /** From a remote MTA host name such as gmail-smtp-in.l.google.com or *.mail.protection.outlook.com. */
    public static Provider fromHost(String host) {
        String h = normalise(host);
        if (h.isEmpty()) {
            return Provider.UNKNOWN;
        }
        if (h.equals("gmail-smtp-in.l.google.com") || GMAIL_ALT.matcher(h).matches()) {
            return Provider.GMAIL;
        }
        if (h.endsWith(".google.com") || h.endsWith(".googlemail.com") || h.equals("smtp.google.com")) {
            return Provider.GOOGLE_WORKSPACE;
        }
        if (h.endsWith(".olc.protection.outlook.com")) {
            return Provider.OUTLOOK_CONSUMER;
        }
        if (h.endsWith(".mail.protection.outlook.com") || h.endsWith(".mx.microsoft")
                || h.endsWith(".protection.outlook.com")) {
            return Provider.MICROSOFT365;
        }
        if (h.endsWith(".yahoodns.net") || h.endsWith(".yahoo.com")) {
            return Provider.YAHOO;
        }
        if (h.endsWith(".aol.com")) {
            return Provider.AOL;
        }
        if (h.endsWith(".icloud.com") || h.endsWith(".me.com") || h.endsWith(".mail.icloud.com")) {
            return Provider.ICLOUD;
        }
        if (h.endsWith(".zoho.com") || h.endsWith(".zoho.eu") || h.endsWith(".zoho.jp")) {
            return Provider.ZOHO;
        }
        if (h.endsWith(".pphosted.com") || h.endsWith(".mimecast.com") || h.endsWith(".barracudanetworks.com")
                || h.endsWith(".iphmx.com") || h.endsWith(".trendmicro.com") || h.endsWith(".messagelabs.com")) {
            return Provider.GATEWAY;
        }
        return Provider.UNKNOWN;
    }

    /** From a recipient's domain, for the consumer services whose domains are well known. */
    public static Provider fromDomain(String domain) {
        String d = normalise(domain);
        if (d.equals("gmail.com") || d.equals("googlemail.com")) {
            return Provider.GMAIL;
        }
        if (OUTLOOK_DOMAIN.matcher(d).matches()) {
            return Provider.OUTLOOK_CONSUMER;
        }
        if (YAHOO_DOMAIN.matcher(d).matches()) {
            return Provider.YAHOO;
        }
        if (d.equals("aol.com")) {
            return Provider.AOL;
        }
        if (d.equals("icloud.com") || d.equals("me.com") || d.equals("mac.com")) {
            return Provider.ICLOUD;
        }
        return Provider.UNKNOWN;
    }

    /** The host first (it names the real server), then the recipient's domain. */
    public static Provider of(String host, String recipientDomain) {
        Provider fromHost = fromHost(host);
        if (fromHost == Provider.GOOGLE_WORKSPACE && fromDomain(recipientDomain) == Provider.GMAIL) {
            return Provider.GMAIL;
        }
        return fromHost != Provider.UNKNOWN ? fromHost : fromDomain(recipientDomain);
    }

    private static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }
}
