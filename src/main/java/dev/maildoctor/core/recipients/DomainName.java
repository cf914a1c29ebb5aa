package dev.maildoctor.core.recipients;

import dev.maildoctor.core.model.Msg;
import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads one entry (a domain or an e-mail address, possibly internationalised) as a recipient
 * domain: punycode for querying, Unicode for display. Either {@code domain} or {@code reason} is set.
 */
record DomainName(RecipientDomain domain, Msg reason) {
    /** Longer entries are rejected unread: no address or domain comes near it. */
    static final int MAX_ENTRY_CHARS = 1_000;
    static final int MAX_DOMAIN_CHARS = 253;
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern NUMERIC = Pattern.compile("\\d+");

    static DomainName read(String entry) {
        if (entry.length() > MAX_ENTRY_CHARS) {
            return reject("recipients.input.too_long", entry.length());
        }
        if (!isText(entry)) {
            return reject("recipients.input.binary");
        }
        // NFKC turns full-width input (＠, ｅｘａｍｐｌｅ) into the ASCII it stands for.
        String name = Normalizer.normalize(entry, Normalizer.Form.NFKC).strip();
        if (name.regionMatches(true, 0, "mailto:", 0, 7)) {
            name = name.substring(7);
        }
        name = name.substring(name.lastIndexOf('@') + 1);
        if (name.startsWith("[") || IPV4.matcher(stripDot(name)).matches() || name.contains(":")) {
            return reject("recipients.input.ip_literal");
        }
        String ascii;
        try {
            ascii = stripDot(IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return reject("recipients.input.not_domain");
        }
        if (ascii.isEmpty()) {
            return reject("recipients.input.not_domain");
        }
        if (ascii.length() > MAX_DOMAIN_CHARS) {
            return reject("recipients.input.too_long", ascii.length());
        }
        int lastDot = ascii.lastIndexOf('.');
        if (lastDot < 0) {
            return reject("recipients.input.single_label");
        }
        if (NUMERIC.matcher(ascii.substring(lastDot + 1)).matches()) {
            return reject("recipients.input.not_domain"); // no top-level domain is all digits
        }
        return new DomainName(new RecipientDomain(ascii, IDN.toUnicode(ascii)), null);
    }

    private static DomainName reject(String key, Object... args) {
        return new DomainName(null, Msg.of(key, args));
    }

    private static String stripDot(String name) {
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }

    /** False for control characters, replacement characters and code points that are not text. */
    private static boolean isText(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            if (Character.isISOControl(cp) || cp == 0xFFFD || type == Character.UNASSIGNED
                    || type == Character.PRIVATE_USE || type == Character.SURROGATE) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
