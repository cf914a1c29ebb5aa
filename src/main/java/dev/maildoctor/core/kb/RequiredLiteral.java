package dev.maildoctor.core.kb;

/**
 * The longest piece of plain text that every match of a regular expression contains. Explaining a
 * bounce tries some two hundred patterns on each reply; a {@code String.contains} test on this
 * piece rules most of them out without building a Matcher (which, more than the search itself,
 * dominated the cost). Conservative: groups, classes, escapes such as {@code \d} and optional
 * characters end a piece; alternation at the top level means no piece is required.
 */
final class RequiredLiteral {
    private static final String META = "\\[](){}.*+?^$|";

    private final String regex;
    private final StringBuilder run = new StringBuilder();
    private String best = "";

    private RequiredLiteral(String regex) {
        this.regex = regex;
    }

    /** The required text, or "" when none can be told. */
    static String of(String regex) {
        return new RequiredLiteral(regex).scan();
    }

    private String scan() {
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '|') {
                return ""; // top-level alternation: no piece is required by every branch
            }
            if (c == '(' || c == '[') {
                i = skipQuantifier(end(i));
                endRun();
            } else if (c == '\\' && i + 1 < regex.length() && Character.isLetterOrDigit(regex.charAt(i + 1))) {
                i = skipQuantifier(i + 2); // \d, \s, \b ...: not plain text
                endRun();
            } else if (c == '\\' && i + 1 < regex.length()) {
                i = literal(regex.charAt(i + 1), i + 2);
            } else if (META.indexOf(c) >= 0) {
                i = skipQuantifier(i + 1);
                endRun();
            } else {
                i = literal(c, i + 1);
            }
        }
        endRun();
        return best;
    }

    /** A plain character; a quantifier after it makes it optional ({@code ? * {0,}}) or repeated ({@code +}). */
    private int literal(char c, int next) {
        char q = next < regex.length() ? regex.charAt(next) : 0;
        if (q == '+') {
            run.append(c);
        }
        if (q == '+' || q == '?' || q == '*' || q == '{') {
            endRun();
            return skipQuantifier(next);
        }
        run.append(c);
        return next;
    }

    private void endRun() {
        if (run.length() > best.length()) {
            best = run.toString();
        }
        run.setLength(0);
    }

    private int skipQuantifier(int at) {
        if (at >= regex.length()) {
            return at;
        }
        char c = regex.charAt(at);
        if (c == '{') {
            int close = regex.indexOf('}', at);
            at = close < 0 ? regex.length() : close + 1;
        } else if (c == '?' || c == '*' || c == '+') {
            at++;
        } else {
            return at;
        }
        if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
            at++; // lazy or possessive
        }
        return at;
    }

    /** The index after the group or character class that starts at {@code start}. */
    private int end(int start) {
        int depth = 0;
        boolean inClass = false;
        for (int i = start; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                if (c == ']') {
                    inClass = false;
                    if (depth == 0) {
                        return i + 1;
                    }
                }
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return regex.length();
    }
}
