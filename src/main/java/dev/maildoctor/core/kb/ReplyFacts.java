package dev.maildoctor.core.kb;

import dev.maildoctor.core.message.bounce.FailedRecipient;
import dev.maildoctor.core.routing.Provider;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the matcher looks at in a failed recipient: the provider, every enhanced status code the
 * DSN and the reply text carry (Exim reports "Status: 5.0.0" for Microsoft's "550 5.7.606 ..."),
 * the reply code, the failure class, and the text in two forms.
 *
 * @param replyClass 4 or 5 (2 for delivered); 0 when nothing tells
 * @param text       the reply with whitespace collapsed, in lower case
 * @param plainText  the same without the reply codes that continuation lines leave inside the text
 *                   ("... of the sending IP 550-5.7.1 address.")
 */
record ReplyFacts(Provider provider, List<StatusPattern.Code> statuses, Optional<Integer> replyCode, int replyClass,
                  String text, String plainText) {

    private static final Pattern STATUS = Pattern.compile("[245]\\.\\d{1,3}\\.\\d{1,3}");
    /** An enhanced code in running text; not the tail of an IP address nor Yahoo's "4.16.55.1". */
    private static final Pattern STATUS_IN_TEXT =
            Pattern.compile("(?<![\\d.])([245]\\.\\d{1,3}\\.\\d{1,3})(?!\\d|\\.\\d)");
    private static final Pattern LEADING_REPLY = Pattern.compile("^([245]\\d\\d)(?:[ -]|$)");
    private static final Pattern CODE_TOKENS = Pattern.compile(
            "(?<![\\w.])[245]\\d\\d(?:-|\\s+(?=[245]\\.\\d))(?:[245]\\.\\d{1,3}\\.\\d{1,3})?\\s*");

    static ReplyFacts of(FailedRecipient recipient) {
        String text = recipient.diagnostic() == null ? "" : recipient.diagnostic().strip().replaceAll("\\s+", " ");
        Set<String> statuses = new LinkedHashSet<>();
        String status = recipient.status() == null ? "" : recipient.status().strip();
        if (STATUS.matcher(status).matches()) {
            statuses.add(status);
        }
        Matcher inText = STATUS_IN_TEXT.matcher(text);
        if (inText.find()) {
            statuses.add(inText.group(1));
        }
        Optional<Integer> reply = recipient.replyCode();
        if (reply.isEmpty()) {
            Matcher leading = LEADING_REPLY.matcher(text);
            reply = leading.find() ? Optional.of(Integer.parseInt(leading.group(1))) : Optional.empty();
        }
        int replyClass = replyClass(statuses, reply, recipient.action());
        String plain = CODE_TOKENS.matcher(text).replaceAll("").strip().toLowerCase(Locale.ROOT);
        Provider provider = recipient.provider() == null ? Provider.UNKNOWN : recipient.provider();
        return new ReplyFacts(provider, statuses.stream().map(StatusPattern.Code::of).toList(), reply, replyClass, text.toLowerCase(Locale.ROOT), plain);
    }

    private static int replyClass(Set<String> statuses, Optional<Integer> reply, String action) {
        if (!statuses.isEmpty()) {
            return statuses.iterator().next().charAt(0) - '0';
        }
        if (reply.isPresent()) {
            return reply.get() / 100;
        }
        if ("failed".equals(action)) {
            return 5;
        }
        return "delayed".equals(action) ? 4 : 0;
    }
}
