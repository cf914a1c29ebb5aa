package dev.maildoctor.core.message.bounce;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds RFC 3463 enhanced status codes ("5.7.1", "4.7.650") in reply texts, and chooses between the
 * DSN's Status: field and the code in the remote server's reply when they differ. A hand-written
 * scanner, not a regex: it runs on arbitrary pasted text and must stay linear.
 */
public final class StatusCodes {
    private StatusCodes() {
    }

    /** True for a syntactically valid code with class 2, 4 or 5. */
    public static boolean valid(String code) {
        if (code == null || code.length() < 5 || code.length() > 9) {
            return false;
        }
        char c = code.charAt(0);
        if ((c != '2' && c != '4' && c != '5') || code.charAt(1) != '.') {
            return false;
        }
        int dot = code.indexOf('.', 2);
        return dot > 2 && dot < code.length() - 1 && digits(code, 2, dot) && dot - 2 <= 3
                && digits(code, dot + 1, code.length()) && code.length() - dot - 1 <= 3;
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i)) || s.charAt(i) > '9') {
                return false;
            }
        }
        return from < to;
    }

    /** sisimai's internal codes such as 5.0.911 stand for "no code in the bounce". */
    public static boolean isPseudo(String code) {
        return code != null && code.length() == 7 && code.startsWith(".0.9", 1);
    }

    /**
     * The most specific code in {@code text}; codes like x.0.0 and 4.4.7 only when nothing better is
     * there. IPv4 addresses and version numbers ("V5.1.1") are not codes.
     *
     * @param classHint '2', '4', '5' to accept only that class, or 0 for any
     */
    public static String find(String text, char classHint) {
        if (text == null || text.length() < 5) {
            return "";
        }
        List<String> found = new ArrayList<>();
        String generic = "";
        int n = text.length();
        for (int i = 0; i + 4 < n; i++) {
            char c = text.charAt(i);
            if ((c != '2' && c != '4' && c != '5') || text.charAt(i + 1) != '.') {
                continue;
            }
            if (classHint != 0 && c != classHint) {
                continue;
            }
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            if (isDigit(before) || before == '.' || before == '/' || before == 'v' || before == 'V') {
                continue; // part of a number, a path or a version ("V5.1.1")
            }
            char subject = text.charAt(i + 2);
            if (subject < '0' || subject > '7' || text.charAt(i + 3) != '.') {
                continue;
            }
            int detailStart = i + 4;
            int j = detailStart;
            while (j < n && j - detailStart < 3 && isDigit(text.charAt(j))) {
                j++;
            }
            if (j == detailStart) {
                continue;
            }
            if (j < n && (isDigit(text.charAt(j)) || text.charAt(j) == '.' && j + 1 < n && isDigit(text.charAt(j + 1)))) {
                continue; // an IP address or a longer number
            }
            String code = text.substring(i, j);
            if (code.endsWith(".0.0") || code.equals("4.4.7")) {
                if (generic.isEmpty()) {
                    generic = code;
                }
            } else {
                found.add(code);
            }
            i = j - 1;
        }
        if (found.isEmpty()) {
            return generic;
        }
        String best = found.get(0);
        for (int k = 1; k < found.size(); k++) {
            best = prefer(best, found.get(k), "");
        }
        return best;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Chooses between the Status: field ({@code field}) and the code in the reply text ({@code inText}):
     * the one whose class matches the reply code, then the more specific one.
     */
    public static String prefer(String field, String inText, String replyCode) {
        if (field == null || field.isEmpty()) {
            return inText == null ? "" : inText;
        }
        if (inText == null || inText.isEmpty() || inText.length() < 5) {
            return field;
        }
        if (field.length() < 5) {
            return inText;
        }
        if (replyCode != null && !replyCode.isEmpty() && field.charAt(0) != inText.charAt(0)) {
            if (replyCode.charAt(0) == field.charAt(0)) {
                return field;
            }
            if (replyCode.charAt(0) == inText.charAt(0)) {
                return inText;
            }
        }
        if (field.equals(inText)) {
            return field;
        }
        boolean fieldZero = field.indexOf(".0") > 0;
        boolean textZero = inText.indexOf(".0") > 0;
        if (field.indexOf(".0.0") > 0) {
            return inText.indexOf(".0.0") > 0 ? field : inText;
        }
        if (fieldZero && !textZero) {
            return inText;
        }
        if (inText.indexOf(".0.0") > 0) {
            return field;
        }
        if (field.equals("4.4.7") || field.equals("4.7.0") || field.startsWith("5.3.")
                || field.startsWith(".5.1", 1) || field.startsWith(".5.2", 1) || field.startsWith(".5.4", 1)
                || field.startsWith(".5.5", 1)) {
            return inText;
        }
        if (field.equals("5.1.1")) {
            return textZero || inText.startsWith("5.5.") ? field : inText;
        }
        if (field.equals("5.1.3") && inText.startsWith("5.7.")) {
            return inText;
        }
        return field;
    }
}
