package dev.maildoctor.core.spf;

import dev.maildoctor.core.model.InvalidInputException;
import dev.maildoctor.core.model.Msg;
import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/** Domain names typed by the user for SPF: underscores are allowed (as in {@code _spf.example.net}). */
final class SpfNames {
    private static final Pattern LABEL = Pattern.compile("[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?");

    private SpfNames() {
    }

    /** Lower-case ASCII without the trailing dot; InvalidInputException with {@code key} otherwise. */
    static String domain(String text, String key) {
        String input = text == null ? "" : text.strip();
        String name = input.endsWith(".") ? input.substring(0, input.length() - 1) : input;
        String ascii;
        try {
            ascii = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED)
                    .toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Msg.of(key, printable(input)));
        }
        if (ascii.isEmpty() || ascii.length() > 253 || ascii.indexOf('.') < 0) {
            throw new InvalidInputException(Msg.of(key, printable(input)));
        }
        for (String label : ascii.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                throw new InvalidInputException(Msg.of(key, printable(input)));
            }
        }
        return ascii;
    }

    /** Echoed input with control characters made visible, so the error stays on one line. */
    private static String printable(String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().limit(100).forEach(c -> {
            if (Character.isISOControl(c)) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.appendCodePoint(c);
            }
        });
        return sb.toString();
    }
}
