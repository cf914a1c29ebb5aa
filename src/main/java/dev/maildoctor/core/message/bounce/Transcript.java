package dev.maildoctor.core.message.bounce;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sendmail-style session transcripts (">>> RCPT To:<user@example.com>" / "<<< 550 5.1.1 ...") tell
 * which command the server refused, and "... while talking to mx.example.com.:" which server it was.
 */
final class Transcript {
    private Transcript() {
    }

    /** Recipients of "RCPT TO:" commands in a transcript, for bounces that name them nowhere else. */
    static List<Draft> recipients(String text) {
        List<Draft> out = new ArrayList<>();
        for (String line : TextBlocks.lines(text)) {
            String l = line.strip();
            String upper = l.toUpperCase(Locale.ROOT);
            int at = upper.indexOf("RCPT TO:");
            if (at >= 0 && at < 12 && (l.startsWith(">>>") || upper.startsWith("IN:") || at == 0)) {
                String a = Addresses.first(l.substring(at));
                if (!a.isEmpty() && out.stream().noneMatch(d -> d.recipient.equalsIgnoreCase(a))) {
                    out.add(new Draft(a));
                }
            }
        }
        if (!out.isEmpty()) {
            apply(text, out);
        }
        return out;
    }

    static void apply(String text, List<Draft> drafts) {
        String command = "";
        String rcpt = "";
        String host = "";
        StringBuilder reply = new StringBuilder();
        for (String line : TextBlocks.lines(text)) {
            String l = line.strip();
            boolean out = l.regionMatches(true, 0, "Out:", 0, 4);
            if (out) {
                l = "<<< " + l.substring(4).strip();
            }
            if (l.startsWith("<<< ") && l.length() > 7) {
                if (reply.length() > 0 && finalLine(reply)) {
                    // "354 go ahead" then "451 ...": two replies, not one reply of two lines
                    answer(reply.toString(), command, rcpt, drafts);
                    reply.setLength(0);
                }
                reply.append(reply.length() == 0 ? "" : "\n").append(l.substring(4));
                continue;
            }
            if (reply.length() > 0) {
                answer(reply.toString(), command, rcpt, drafts);
                reply.setLength(0);
            }
            String lower = l.toLowerCase(Locale.ROOT);
            int talking = lower.indexOf("while talking to ");
            if (talking >= 0) {
                host = Diagnostics.trimDot(l.substring(talking + 17).replaceAll("[:\\s].*$", "")
                        .replaceAll("\\.$", ""));
                continue;
            }
            boolean in = l.regionMatches(true, 0, "In:", 0, 3);
            if (l.startsWith(">>> ") || in) {
                String c = l.substring(in ? 3 : 4).strip();
                String upper = c.toUpperCase(Locale.ROOT);
                command = upper.equals(".") ? "END" : upper.split("[\\s:]", 2)[0];
                if (command.equals("RCPT")) {
                    rcpt = Addresses.first(c);
                }
            }
        }
        if (reply.length() > 0) {
            answer(reply.toString(), command, rcpt, drafts);
        }
        if (!host.isEmpty()) {
            for (Draft d : drafts) {
                if (d.remoteHost.isEmpty()) {
                    d.remoteHost = host;
                }
            }
        }
    }

    /** The last line of a reply is "NNN text"; the others are "NNN-text". */
    private static boolean finalLine(StringBuilder reply) {
        int start = reply.lastIndexOf("\n") + 1;
        return reply.length() - start > 3 && reply.charAt(start + 3) != '-';
    }

    /** A server's (possibly multi-line) answer to the last command: a failure sets stage and reply. */
    private static void answer(String reply, String command, String rcpt, List<Draft> drafts) {
        char c = reply.charAt(0);
        if (c != '4' && c != '5') {
            return;
        }
        SmtpStage stage = command.equals("END") ? SmtpStage.END_OF_DATA : SmtpCommands.fromCommand(command);
        String firstLine = reply.split("\n", 2)[0].strip();
        for (Draft d : drafts) {
            boolean mine = !command.equals("RCPT") || d.recipient.equalsIgnoreCase(rcpt);
            if (!mine) {
                continue;
            }
            if (d.stage == SmtpStage.UNKNOWN && stage != SmtpStage.UNKNOWN) {
                d.stage = stage;
            }
            String diag = d.diagnostic.strip();
            // A DSN field often keeps only the first line of a multi-line reply: take the whole.
            if (diag.isBlank() || reply.length() > diag.length() && (diag.equals(firstLine) || reply.startsWith(diag))) {
                d.diagnostic = reply;
            }
        }
    }
}
