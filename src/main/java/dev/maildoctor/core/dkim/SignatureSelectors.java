package dev.maildoctor.core.dkim;

import dev.maildoctor.core.message.mime.Headers;
import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The selectors a message was signed with: every DKIM-Signature header's s= and d= tags. Folded
 * headers are unfolded by {@link Headers}; signatures whose tags are missing or malformed are skipped,
 * since they name no key that could be looked up.
 */
public final class SignatureSelectors {
    private SignatureSelectors() {
    }

    /** @param message a whole message or just its header block, any line ends */
    public static List<SignedSelector> read(String message) {
        String text = message.replace("\r\n", "\n").replace('\r', '\n');
        int end = text.indexOf("\n\n");
        Headers headers = Headers.parse(end < 0 ? text : text.substring(0, end));
        List<SignedSelector> out = new ArrayList<>();
        for (String value : headers.all("dkim-signature")) {
            TagList tags = TagList.parse(value);
            String selector = withoutSpace(tags.get("s"));
            String domain = domain(withoutSpace(tags.get("d")));
            if (selector != null && Selectors.isValid(selector) && domain != null) {
                SignedSelector signed = new SignedSelector(selector, domain);
                if (!out.contains(signed)) {
                    out.add(signed);
                }
            }
        }
        return out;
    }

    /** Tag values may contain folding white space (RFC 6376 3.2); names cannot. */
    private static String withoutSpace(String value) {
        return value == null ? null : value.replaceAll("\\s+", "");
    }

    /** The domain in the form it is queried (lower-case punycode), or null when it is no domain. */
    static String domain(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            String ascii = IDN.toASCII(value, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            ascii = ascii.endsWith(".") ? ascii.substring(0, ascii.length() - 1) : ascii;
            return Selectors.isDomain(ascii) ? ascii : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
