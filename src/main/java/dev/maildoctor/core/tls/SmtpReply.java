package dev.maildoctor.core.tls;

import java.util.List;
import java.util.Locale;

/** One SMTP reply: its code and the text of each line (RFC 5321 4.2, multi-line replies use "250-"). */
record SmtpReply(int code, List<String> lines) {
    SmtpReply {
        lines = List.copyOf(lines);
    }

    boolean is(int expected) {
        return code == expected;
    }

    /** Whether an EHLO reply lists an extension keyword; the first line is the greeting, not a keyword. */
    boolean offers(String keyword) {
        return lines.stream().skip(1)
                .map(l -> l.strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT))
                .anyMatch(keyword::equals);
    }

    /** The reply as the server sent it, one line per line, for evidence and messages. */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            sb.append(i > 0 ? "\n" : "").append(code).append(i < lines.size() - 1 ? '-' : ' ').append(lines.get(i));
        }
        return sb.toString();
    }
}
