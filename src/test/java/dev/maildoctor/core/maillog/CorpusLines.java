package dev.maildoctor.core.maillog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

/** Shared checks of the corpus tests: one message part, placed in a syslog line of a given program. */
final class CorpusLines {
    static final String CORPUS = "/corpora/postfix-maillog/";

    final SyslogPrefix prefix = new SyslogPrefix(new LogClock(LocalDate.of(2026, 12, 1)));
    final DeliveryLine delivery = new DeliveryLine();

    static String syslog(String program, String message) {
        return "Nov 28 06:42:15 mx1 " + program + "[4242]: " + message;
    }

    /** Parses the line's prefix (which must succeed) and returns the queue id found, or null. */
    String queueId(String line) {
        assertThat(prefix.parse(line)).as("prefix of %s", line).isTrue();
        int end = QueueIds.end(line, prefix.messageStart);
        return end < 0 ? null : line.substring(prefix.messageStart, end);
    }

    /** The queue id a message part starts with, as the corpus states it (null when it does not start with one). */
    static String expectedLeadingId(String message, String id) {
        return id != null && !id.equals("NOQUEUE") && message.startsWith(id + ":") ? id : null;
    }

    static String relayHost(String relay) {
        int b = relay.indexOf('[');
        return b < 0 ? relay : relay.substring(0, b);
    }

    static DeliveryStatus status(String word) {
        return switch (word) {
            case "sent", "forwarded" -> DeliveryStatus.SENT;
            case "deferred" -> DeliveryStatus.DEFERRED;
            case "bounced" -> DeliveryStatus.BOUNCED;
            default -> null;
        };
    }
}
