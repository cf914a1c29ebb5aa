package dev.maildoctor.core.message.bounce;

import java.util.Locale;

/**
 * Reads the SMTP stage from the words MTAs use for it: Postfix "(in reply to RCPT TO command)",
 * Exim "after end of data", Sendmail ">>> DATA", qmail "RCPT TO response", and so on.
 */
public final class SmtpCommands {
    private SmtpCommands() {
    }

    /** Phrases in priority order: the most specific ones first. */
    private static final String[][] PHRASES = {
        {"end of data", "END_OF_DATA"},
        {"after data", "END_OF_DATA"},
        {"after the data", "END_OF_DATA"},
        {"in reply to data command", "DATA"},
        {"data command", "DATA"},
        {"during data", "DATA"},
        {"in reply to rcpt to", "RCPT"},
        {"after rcpt to", "RCPT"},
        {"rcpt to response", "RCPT"},
        {"rcpt to command", "RCPT"},
        {">>> rcpt to", "RCPT"},
        {"rcpt to:", "RCPT"},
        {"rcpt to <", "RCPT"},
        {"in reply to mail from", "MAIL"},
        {"after mail from", "MAIL"},
        {"mail from command", "MAIL"},
        {"mail from response", "MAIL"},
        {">>> mail from", "MAIL"},
        {"mail from:", "MAIL"},
        {"in reply to ehlo", "HELO"},
        {"in reply to helo", "HELO"},
        {"after ehlo", "HELO"},
        {"after helo", "HELO"},
        {">>> ehlo", "HELO"},
        {">>> helo", "HELO"},
        {"helo command", "HELO"},
        {"ehlo command", "HELO"},
        {"starttls", "STARTTLS"},
        {"in reply to auth", "AUTH"},
        {"after auth", "AUTH"},
        {"initial connection", "CONNECT"},
        {"after connect", "CONNECT"},
        {"in reply to initial greeting", "CONNECT"},
        {"refused to talk to me", "CONNECT"},
        {"connection refused", "CONNECT"},
    };

    /** The stage named in {@code text}, or UNKNOWN. */
    public static SmtpStage find(String text) {
        if (text == null || text.isEmpty()) {
            return SmtpStage.UNKNOWN;
        }
        String t = text.toLowerCase(Locale.ROOT);
        for (String[] p : PHRASES) {
            if (t.contains(p[0])) {
                return SmtpStage.valueOf(p[1]);
            }
        }
        return SmtpStage.UNKNOWN;
    }

    /** The stage for a bare command word (DSN "X-Postfix-Command", transcripts). */
    public static SmtpStage fromCommand(String command) {
        String c = command == null ? "" : command.strip().toUpperCase(Locale.ROOT);
        if (c.startsWith("RCPT")) {
            return SmtpStage.RCPT;
        }
        if (c.startsWith("MAIL")) {
            return SmtpStage.MAIL;
        }
        if (c.startsWith("DATA")) {
            return SmtpStage.DATA;
        }
        if (c.startsWith("EHLO") || c.startsWith("HELO")) {
            return SmtpStage.HELO;
        }
        if (c.startsWith("STARTTLS")) {
            return SmtpStage.STARTTLS;
        }
        if (c.startsWith("AUTH")) {
            return SmtpStage.AUTH;
        }
        if (c.startsWith("CONN")) {
            return SmtpStage.CONNECT;
        }
        return SmtpStage.UNKNOWN;
    }

    /** sisimai's command word for a stage (the reason rules are written in those words). */
    static String word(SmtpStage stage) {
        return switch (stage) {
            case CONNECT -> "CONN";
            case HELO -> "EHLO";
            case MAIL -> "MAIL";
            case RCPT -> "RCPT";
            case DATA, END_OF_DATA -> "DATA";
            case STARTTLS -> "STARTTLS";
            case AUTH -> "AUTH";
            case UNKNOWN -> "";
        };
    }
}
