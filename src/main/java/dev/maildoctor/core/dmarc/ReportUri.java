package dev.maildoctor.core.dmarc;

import java.net.IDN;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One rua/ruf destination: {@code mailto:dmarc@example.com!10m}. {@code address} and {@code domain}
 * are set for usable mailto: URIs only; {@code sizeLimit} is the optional "!size" suffix ("10m").
 */
public record ReportUri(String text, Kind kind, String scheme, String address, String domain, String sizeLimit) {
    /** MAILTO: usable; OTHER_SCHEME: a URI receivers do not send reports to in practice; INVALID: not a URI. */
    public enum Kind { MAILTO, OTHER_SCHEME, INVALID }

    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):(.+)", Pattern.DOTALL);
    private static final Pattern SIZE = Pattern.compile("(.*)!(\\d+[kmgtKMGT]?)", Pattern.DOTALL);
    private static final Pattern HOST = Pattern.compile(
            "(?i)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    static ReportUri parse(String text) {
        String uri = text;
        String size = null;
        Matcher sized = SIZE.matcher(text);
        if (sized.matches()) {
            uri = sized.group(1);
            size = sized.group(2).toLowerCase(Locale.ROOT);
        }
        Matcher m = SCHEME.matcher(uri);
        if (!m.matches() || uri.contains("!") || uri.chars().anyMatch(c -> c <= ' ')) {
            return invalid(text);
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        if (!scheme.equals("mailto")) {
            return new ReportUri(text, Kind.OTHER_SCHEME, scheme, null, null, size);
        }
        String address = m.group(2);
        int query = address.indexOf('?');
        if (query >= 0) {
            address = address.substring(0, query);
        }
        try {
            address = URLDecoder.decode(address.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return invalid(text);
        }
        int at = address.lastIndexOf('@');
        if (at <= 0 || address.indexOf('@') != at) {
            return invalid(text);
        }
        String domain;
        try {
            domain = IDN.toASCII(address.substring(at + 1)).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return invalid(text);
        }
        if (!HOST.matcher(domain).matches()) {
            return invalid(text);
        }
        return new ReportUri(text, Kind.MAILTO, scheme, address.substring(0, at) + "@" + domain, domain, size);
    }

    private static ReportUri invalid(String text) {
        return new ReportUri(text, Kind.INVALID, null, null, null, null);
    }
}
