package dev.maildoctor.core.dkim;

import java.util.regex.Pattern;

/** Syntax of selectors and signing domains as they appear in {@code <selector>._domainkey.<domain>}. */
final class Selectors {
    /** RFC 6376 3.1: sub-domains separated by dots; underscores occur in the wild and DNS carries them. */
    private static final Pattern SELECTOR = Pattern.compile(
            "[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?(?:\\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{2,63}");

    private Selectors() {
    }

    static boolean isValid(String selector) {
        return selector.length() <= 200 && SELECTOR.matcher(selector).matches();
    }

    /** @param domain lower-case ASCII (punycode), no trailing dot */
    static boolean isDomain(String domain) {
        return domain.length() <= 253 && DOMAIN.matcher(domain).matches();
    }

    static String queryName(String selector, String domain) {
        return selector + "._domainkey." + domain;
    }
}
