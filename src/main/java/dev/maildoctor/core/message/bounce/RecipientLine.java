package dev.maildoctor.core.message.bounce;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of a bounce that names a recipient: "&lt;user@example.com&gt;: host ... said: ...", an
 * address alone under "The following address(es) failed:", "550 5.1.1 &lt;user@example.com&gt;...
 * User unknown", "Name&lt;mailto:user@example.com&gt;", "宛先: &lt;user@example.com&gt;".
 *
 * @param address   the recipient
 * @param rest      the text after the address on the same line (or a label that is itself the
 *                  reason, such as "Unknown user")
 * @param replyLine the line is a server reply quoting the address (Sendmail, Gmail)
 */
record RecipientLine(String address, String rest, boolean replyLine) {

    static final Pattern HEADER_LINE = Pattern.compile(
            "(?i)^(?:from|cc|bcc|reply-to|return-path|sender|message-id|received|delivered-to|x-[a-z0-9-]+|subject"
                    + "|date|in-reply-to|references|errors-to|envelope-to|dkim-signature|authentication-results"
                    + "|content-[a-z-]+|mime-version|list-[a-z-]+|reporting-mta|arrival-date|received-from-mta"
                    + "|remote-mta|diagnostic-code|status|action|last-attempt-date|will-retry-until|generating server"
                    + "|original-envelope-id):");
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(?:final-recipient|original-recipient|x-actual-recipient|(?:failed |invalid |unknown |bad )?recipients?"
                    + "(?: address(?:es)?)?(?:\\(s\\))?|address|addressee|mailbox|destination|e-?mail address"
                    + "|your message to|unknown user|user|\u5b9b\u5148|\u53d7\u4fe1\u8005|\u5b9b\u5148\u30a2\u30c9\u30ec\u30b9)"
                    + "\\s*[:\uff1a]\\s*(?:rfc822;\\s*)?");
    private static final Pattern PLAIN_LABEL = Pattern.compile(
            "(final-|original-|x-actual-)?recipients?( address(es)?)?(\\(s\\))?|address|addressee|mailbox|destination"
                    + "|e-?mail address|your message to|user|\u5b9b\u5148.*|\u53d7\u4fe1\u8005");
    private static final Pattern REPLY_FIRST = Pattern.compile("^#?[245]\\d\\d[ -](?:[245]\\.\\d{1,3}\\.\\d{1,3}\\s+)?(?=<)");

    RecipientLine(String address, String rest, String label, boolean replyLine) {
        this(address, rest.isEmpty() ? label : rest, replyLine);
    }

    /** The recipient named at the start of {@code line}, or null when the line is not about one. */
    static RecipientLine parse(String line) {
        if (line.length() > 400 || line.indexOf('@') < 0) {
            return null;
        }
        String l = line.strip();
        if (l.startsWith(">>> ") && l.length() > 4 && l.charAt(4) != ' ' && l.indexOf('@') > 4
                && Addresses.isAddress(firstToken(l.substring(4)))) {
            l = l.substring(4); // Active!hunter lists recipients as ">>> user@example.com <user@example.com>"
        }
        if (l.startsWith(">>>") || l.startsWith("<<<") || HEADER_LINE.matcher(l).find()) {
            return null;
        }
        while (l.startsWith("*") || l.startsWith("-") || l.startsWith("\u2022") || l.startsWith("#") && !l.startsWith("#5")
                && !l.startsWith("#4")) {
            l = l.substring(1).strip();
        }
        String labelText = "";
        Matcher label = LABEL.matcher(l);
        if (label.find()) {
            String matched = l.substring(0, label.end());
            int colon = matched.indexOf(':');
            int wide = matched.indexOf('\uff1a');
            int cut = colon < 0 ? wide : wide < 0 ? colon : Math.min(colon, wide);
            labelText = (cut < 0 ? matched : matched.substring(0, cut)).strip();
            l = l.substring(label.end());
        } else {
            String unlabelled = withoutDeliveryLabel(l);
            labelText = trimEnd(l.substring(0, l.length() - unlabelled.length()));
            l = unlabelled;
        }
        boolean replyLine = false;
        Matcher reply = REPLY_FIRST.matcher(l);
        if (reply.find()) {
            l = l.substring(reply.end());
            replyLine = true;
        }
        int mailto = l.indexOf("<mailto:");
        if (mailto > 0 && mailto < 80 && !replyLine) {
            int close = l.indexOf('>', mailto);
            String address = close > 0 ? l.substring(mailto + 8, close) : "";
            if (Addresses.isAddress(address)) {
                return new RecipientLine(address, l.substring(close + 1).strip(), false);
            }
            return null;
        }
        boolean bracketed = l.startsWith("<");
        if (bracketed) {
            int close = l.indexOf('>');
            if (close < 0) {
                return null;
            }
            String address = unquote(l.substring(1, close));
            if (!Addresses.isAddress(address)) {
                return null;
            }
            String rest = replyLine ? line.strip() : rest(l.substring(close + 1));
            return new RecipientLine(address, rest, reasonLabel(labelText), replyLine);
        }
        if (replyLine) {
            return null;
        }
        int end = 0;
        while (end < l.length() && !Character.isWhitespace(l.charAt(end)) && l.charAt(end) != '<'
                && l.charAt(end) != '(') {
            end++;
        }
        String token = l.substring(0, end);
        boolean separated = false;
        while (token.endsWith(":") || token.endsWith(",") || token.endsWith(";")) {
            token = token.substring(0, token.length() - 1);
            separated = true;
        }
        if (token.endsWith("...")) {
            token = token.substring(0, token.length() - 3);
            separated = true;
        }
        String address = unquote(token);
        if (!Addresses.isAddress(address)) {
            return null;
        }
        String after = l.substring(end).strip();
        if (after.startsWith("<") && after.indexOf('>') > 0 && Addresses.isAddress(after.substring(1, after.indexOf('>')))) {
            // Exim: "kijitora@example.com <neko@example.net>: malformed address" is about the second.
            address = after.substring(1, after.indexOf('>'));
            after = after.substring(after.indexOf('>') + 1).strip();
        }
        String lower = after.toLowerCase(Locale.ROOT);
        boolean standsAlone = after.isEmpty() || separated || after.startsWith(":") || after.startsWith("...")
                || after.startsWith("(") || after.startsWith("<") || after.startsWith("[") || lower.startsWith("on ");
        if (!standsAlone) {
            return null;
        }
        String rest = rest(after);
        return new RecipientLine(address, rest, reasonLabel(labelText), false);
    }

    private static String trimEnd(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == ':' || Character.isWhitespace(s.charAt(end - 1)))) {
            end--;
        }
        return s.substring(0, end);
    }

    static String firstToken(String s) {
        int end = 0;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '<') {
            end++;
        }
        return s.substring(0, end);
    }

    /** A label that is itself the reason ("Unknown user: x"), not a plain "Recipient:". */
    private static String reasonLabel(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.isEmpty() || PLAIN_LABEL.matcher(l).matches()) {
            return "";
        }
        return label;
    }

    /** "Could not be delivered to: <x>", "Unable to deliver message to: <x>": the label is not the address. */
    private static String withoutDeliveryLabel(String l) {
        int colon = l.indexOf(':');
        if (colon < 6 || colon > 60 || l.lastIndexOf('@', colon) >= 0) {
            return l;
        }
        String label = l.substring(0, colon).toLowerCase(Locale.ROOT);
        if (label.contains("rcpt") || label.contains("from") || label.contains("said") || label.contains("host")) {
            return l;
        }
        if (label.contains("recipient") || label.contains("address") || label.endsWith(" to") || label.contains("deliver")) {
            return l.substring(colon + 1).strip();
        }
        return l;
    }

    private static String unquote(String s) {
        String t = s.strip();
        if (t.startsWith("\"") && t.endsWith("\"") && t.length() > 1) {
            t = t.substring(1, t.length() - 1);
        }
        if (t.regionMatches(true, 0, "mailto:", 0, 7)) {
            t = t.substring(7);
        }
        return t;
    }

    /** The text after an address: without "(expanded from <...>)", separators and a repeated address. */
    private static String rest(String after) {
        String r = after.strip();
        if (r.startsWith("(expanded from")) {
            int close = r.indexOf(')');
            r = close < 0 ? "" : r.substring(close + 1).strip();
        }
        while (r.startsWith(":") || r.startsWith("...") || r.startsWith(">") || r.startsWith(",")) {
            r = r.startsWith("...") ? r.substring(3).strip() : r.substring(1).strip();
        }
        return r;
    }
}
