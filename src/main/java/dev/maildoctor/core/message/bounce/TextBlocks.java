package dev.maildoctor.core.message.bounce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the human-readable part of a bounce the way a person does: find the lines that name a
 * recipient ("<user@example.com>: host ... said: ...", an indented address under "The following
 * address(es) failed:", "550 5.1.1 <user@example.com>... User unknown") and take the text that
 * follows each as that recipient's diagnostic. This one reader covers Postfix, Exim, qmail, Sendmail,
 * Gmail, Yahoo, Exchange and most Japanese MTAs, whose layouts differ only in these details.
 */
final class TextBlocks {
    static final int MAX_LINES = 5_000;
    private static final int MAX_BLOCK_LINES = 30;
    private TextBlocks() {
    }

    /** Drafts in order of first appearance, one per address. */
    static List<Draft> read(String text, List<String> ignore) {
        String[] lines = lines(text);
        Map<String, Draft> byAddress = new LinkedHashMap<>();
        List<Draft> order = new ArrayList<>();
        List<Draft> blocks = new ArrayList<>();
        int lastAnchor = -1;
        int firstAnchor = -1;
        for (int i = 0; i < lines.length; i++) {
            RecipientLine a = RecipientLine.parse(lines[i]);
            if (a == null || ignore.contains(a.address().toLowerCase(Locale.ROOT)) || sentBy(lines, i)) {
                continue;
            }
            StringBuilder diag = new StringBuilder(a.rest());
            int j = i + 1;
            if (!a.replyLine()) {
                boolean sawBlank = false;
                for (; j < lines.length && j - i <= MAX_BLOCK_LINES; j++) {
                    String line = lines[j];
                    RecipientLine next = RecipientLine.parse(line);
                    boolean quotedReply = next != null && next.replyLine()
                            && !next.address().equalsIgnoreCase(a.address()) && Character.isWhitespace(line.charAt(0));
                    if (next != null && !quotedReply || line.startsWith(">>>") || line.startsWith("<<<")
                            || isSectionLine(line)) {
                        break;
                    }
                    if (line.isBlank()) {
                        if (diag.toString().isBlank()) {
                            sawBlank = true;
                            continue;
                        }
                        if (!sawBlank && !continuesAfterBlank(lines, j)) {
                            break;
                        }
                        sawBlank = true;
                        continue;
                    }
                    diag.append('\n').append(line);
                }
            }
            String key = a.address().toLowerCase(Locale.ROOT);
            Draft d = byAddress.get(key);
            if (d == null) {
                d = new Draft(a.address());
                byAddress.put(key, d);
                order.add(d);
            }
            String piece = diag.toString().strip();
            if (piece.equals(a.rest()) && !a.rest().isEmpty() && !a.replyLine() && lines[i].strip().endsWith(a.address())) {
                // "reject reason: Mailbox full" / "target mail address: x": the reason sits above.
                String above = before(lines, i);
                piece = above.isEmpty() ? piece : above + "\n" + piece;
            }
            if (!piece.isEmpty()) {
                d.diagnostic = d.diagnostic.isEmpty() ? piece : d.diagnostic + "\n" + piece;
            }
            blocks.add(d);
            lastAnchor = i;
            if (firstAnchor < 0) {
                firstAnchor = i;
            }
            i = a.replyLine() ? i : Math.max(i, j - 1);
        }
        // Recipients listed together share the explanation that follows the list; a list followed by
        // a separate "Technical details" or transcript section shares that.
        for (int k = order.size() - 2; k >= 0; k--) {
            if (order.get(k).diagnostic.isBlank()) {
                order.get(k).diagnostic = order.get(k + 1).diagnostic;
            }
        }
        if (!order.isEmpty() && order.get(order.size() - 1).diagnostic.isBlank()) {
            String tail = tail(lines, lastAnchor);
            if (tail.isBlank()) {
                tail = before(lines, firstAnchor);
            }
            for (Draft d : order) {
                if (d.diagnostic.isBlank()) {
                    d.diagnostic = tail;
                }
            }
        }
        String generator = generatingServer(lines);
        if (!generator.isEmpty()) {
            order.forEach(d -> d.reportingMta = generator);
        }
        return order;
    }

    /** Exchange and Microsoft 365 name the server that wrote the report: "Generating server: X". */
    private static String generatingServer(String[] lines) {
        for (String l : lines) {
            String s = l.strip();
            if (s.regionMatches(true, 0, "Generating server:", 0, 18)) {
                return Diagnostics.trimDot(RecipientLine.firstToken(s.substring(18).strip()));
            }
        }
        return "";
    }

    /**
     * Last resort for free-form bounces ("There was an error delivering your mail to &lt;x&gt;.",
     * "User mailbox exceeds allowed size: x"): every address the text mentions, with its paragraph.
     */
    static List<Draft> mentions(String text, List<String> ignore) {
        String[] lines = lines(text);
        Map<String, Draft> byAddress = new LinkedHashMap<>();
        for (int i = 0; i < lines.length && byAddress.size() < 20; i++) {
            String line = lines[i];
            String lower = line.strip().toLowerCase(Locale.ROOT);
            if (line.indexOf('@') < 0 || line.length() > 1_000 || RecipientLine.HEADER_LINE.matcher(line.strip()).find()
                    || lower.startsWith("to:") || lower.startsWith("from ") || lower.startsWith("http")) {
                continue;
            }
            for (String address : Addresses.find(line, 5)) {
                String key = address.toLowerCase(Locale.ROOT);
                if (ignore.contains(key) || byAddress.containsKey(key)) {
                    continue;
                }
                StringBuilder diag = new StringBuilder(line.strip());
                for (int j = i + 1; j < lines.length && j - i <= MAX_BLOCK_LINES; j++) {
                    if (isSectionLine(lines[j])) {
                        break;
                    }
                    if (!lines[j].isBlank()) {
                        diag.append('\n').append(lines[j]);
                    }
                }
                Draft d = new Draft(address);
                d.diagnostic = diag.toString();
                byAddress.put(key, d);
            }
        }
        List<Draft> out = new ArrayList<>(byAddress.values());
        if (out.size() == 1) {
            // One address in a free-form notice: the whole notice explains it, before and after.
            out.get(0).diagnostic = Diagnostics.summary(text);
        }
        return out;
    }

    /** The lines after the last recipient line, past section rulers: the shared explanation. */
    private static String tail(String[] lines, int from) {
        StringBuilder out = new StringBuilder();
        int taken = 0;
        for (int j = from + 1; j < lines.length && taken < MAX_BLOCK_LINES; j++) {
            String l = lines[j].strip();
            if (l.isEmpty() || isSectionLine(l) || l.chars().allMatch(c -> c == '=' || c == '-' || c == '*')) {
                continue;
            }
            out.append(out.length() == 0 ? "" : "\n").append(l);
            taken++;
        }
        return out.toString();
    }

    /** The paragraph just above the first recipient line ("The user(s) account is disabled." / addr). */
    private static String before(String[] lines, int anchor) {
        List<String> out = new ArrayList<>();
        int k = anchor - 1;
        while (k >= 0 && lines[k].isBlank()) {
            k--;
        }
        for (; k >= 0 && !lines[k].isBlank() && out.size() < 10; k--) {
            if (isSectionLine(lines[k])) {
                break;
            }
            out.add(0, lines[k].strip());
        }
        return String.join("\n", out);
    }

    /** Exim: "A message sent by / &lt;sender&gt; / could not be delivered": that address is the sender. */
    private static boolean sentBy(String[] lines, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 2; k--) {
            String l = lines[k].strip().toLowerCase(Locale.ROOT);
            if (!l.isEmpty()) {
                return l.endsWith("sent by") || l.endsWith("sent by:") || l.endsWith("from:");
            }
        }
        return false;
    }

    /** Gmail and others leave a blank line between "Technical details" and the reply itself. */
    private static boolean continuesAfterBlank(String[] lines, int blank) {
        for (int k = blank + 1; k < lines.length && k < blank + 3; k++) {
            String l = lines[k].strip().toLowerCase(Locale.ROOT);
            if (l.isEmpty()) {
                continue;
            }
            boolean reply = l.length() > 4 && "245".indexOf(l.charAt(0)) >= 0 && Character.isDigit(l.charAt(1))
                    && Character.isDigit(l.charAt(2)) && (l.charAt(3) == ' ' || l.charAt(3) == '-');
            return reply || l.startsWith("the error that the other server returned")
                    || l.startsWith("remote host said") || l.startsWith("(reason:");
        }
        return false;
    }

    private static boolean isSectionLine(String line) {
        String l = line.strip();
        return l.length() > 6 && (l.startsWith("-----") || l.startsWith("=====") || l.startsWith("*****")
                || l.startsWith("_____"));
    }

    static String[] lines(String text) {
        String[] all = text.split("\n", MAX_LINES + 1);
        if (all.length > MAX_LINES) {
            String[] cut = new String[MAX_LINES];
            System.arraycopy(all, 0, cut, 0, MAX_LINES);
            return cut;
        }
        return all;
    }

}
