package dev.maildoctor.core.message.bounce;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reply phrases and status codes that point at each reason, read once from
 * {@code /dev/maildoctor/bounce/reasons.txt} (data, so it can grow without code changes).
 */
public final class ReasonPhrases {
    static final String RESOURCE = "/dev/maildoctor/bounce/reasons.txt";

    private final Map<String, Reason> statusReasons;
    private final Map<Reason, List<String[]>> phrases;
    private final Map<Reason, List<String[]>> vetoes;
    private final List<Map.Entry<Reason, String[]>> hints;

    private ReasonPhrases(Map<String, Reason> statusReasons, Map<Reason, List<String[]>> phrases,
            Map<Reason, List<String[]>> vetoes, List<Map.Entry<Reason, String[]>> hints) {
        this.statusReasons = statusReasons;
        this.phrases = phrases;
        this.vetoes = vetoes;
        this.hints = List.copyOf(hints);
    }

    /** The table shipped with MailDoctor (immutable, loaded on first use). */
    public static ReasonPhrases standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final ReasonPhrases STANDARD = load();
    }

    static ReasonPhrases load() {
        try (InputStream in = ReasonPhrases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ReasonPhrases parse(BufferedReader reader) throws IOException {
        Map<String, Reason> status = new HashMap<>();
        Map<Reason, List<String[]>> phrases = new EnumMap<>(Reason.class);
        Map<Reason, List<String[]>> vetoes = new EnumMap<>(Reason.class);
        List<Map.Entry<Reason, String[]>> hints = new ArrayList<>();
        String section = "";
        Reason reason = null;
        boolean hint = false;
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.equals("#") || line.startsWith("# ")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1);
                hint = section.startsWith("hint:");
                String name = hint ? section.substring(5) : section;
                reason = section.equals("status") ? null : Reason.valueOf(name.toUpperCase(Locale.ROOT));
                continue;
            }
            if (section.equals("status")) {
                String code = line.strip();
                int space = code.indexOf(' ');
                status.put(code.substring(0, space), Reason.valueOf(code.substring(space + 1).strip().toUpperCase(Locale.ROOT)));
            } else if (hint) {
                hints.add(Map.entry(reason, pieces(line)));
            } else if (reason != null) {
                boolean veto = line.startsWith("!");
                String[] pieces = pieces(veto ? line.substring(1) : line);
                (veto ? vetoes : phrases).computeIfAbsent(reason, r -> new ArrayList<>()).add(pieces);
            }
        }
        return new ReasonPhrases(Map.copyOf(status), phrases, vetoes, hints);
    }

    /** "a ... b" is "a", then later "b". */
    private static String[] pieces(String line) {
        List<String> out = new ArrayList<>();
        int from = 0;
        int at;
        while ((at = line.indexOf(" ... ", from)) >= 0) {
            out.add(line.substring(from, at));
            from = at + 5;
        }
        out.add(line.substring(from));
        return out.toArray(new String[0]);
    }

    /** The reason an enhanced status code stands for, or null (x.0.0, 5.7.1 are not specific). */
    public Reason forStatus(String status) {
        return status == null ? null : statusReasons.get(status);
    }

    /** @param lowerText the reply text in lower case */
    public boolean matches(Reason reason, String lowerText) {
        if (lowerText == null || lowerText.isEmpty()) {
            return false;
        }
        for (String[] v : vetoes.getOrDefault(reason, List.of())) {
            if (aligned(lowerText, v)) {
                return false;
            }
        }
        for (String[] p : phrases.getOrDefault(reason, List.of())) {
            if (aligned(lowerText, p)) {
                return true;
            }
        }
        return false;
    }

    /** The reason a mail system's own explanation states outright, or null. */
    public Reason hint(String lowerText) {
        if (lowerText == null || lowerText.isEmpty()) {
            return null;
        }
        for (Map.Entry<Reason, String[]> h : hints) {
            if (aligned(lowerText, h.getValue())) {
                return h.getKey();
            }
        }
        return null;
    }

    /** How many phrases the table holds (for its loading test). */
    public int size() {
        return phrases.values().stream().mapToInt(List::size).sum();
    }

    private static boolean aligned(String text, String[] pieces) {
        int from = 0;
        for (String piece : pieces) {
            int at = text.indexOf(piece, from);
            if (at < 0) {
                return false;
            }
            from = at + piece.length();
        }
        return true;
    }
}
