package dev.maildoctor.core.message.bounce;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, lenient JSON reader for the one JSON document a bounce can carry (an Amazon SES
 * notification). Loading a full JSON library for it would cost more than decoding all other
 * bounces together; depth and length are bounded, errors give null.
 */
final class Json {
    private static final int MAX_DEPTH = 64;

    private final String s;
    private int pos;

    private Json(String s) {
        this.s = s;
    }

    /** A Map, List, String, Double, Boolean or null; null also when the text is not JSON. */
    static Object parse(String text) {
        try {
            Json j = new Json(text);
            Object v = j.value(0);
            return v;
        } catch (RuntimeException e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object o, String key) {
        Object v = o instanceof Map<?, ?> m ? m.get(key) : null;
        return v instanceof Map<?, ?> ? (Map<String, Object>) v : Map.of();
    }

    static List<?> array(Object o, String key) {
        Object v = o instanceof Map<?, ?> m ? m.get(key) : null;
        return v instanceof List<?> l ? l : List.of();
    }

    static String string(Object o, String key) {
        Object v = o instanceof Map<?, ?> m ? m.get(key) : null;
        return v instanceof String str ? str : "";
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("too deep");
        }
        skip();
        char c = s.charAt(pos);
        switch (c) {
            case '{' -> {
                pos++;
                Map<String, Object> m = new LinkedHashMap<>();
                skip();
                if (s.charAt(pos) == '}') {
                    pos++;
                    return m;
                }
                while (true) {
                    skip();
                    String key = string();
                    skip();
                    expect(':');
                    m.put(key, value(depth + 1));
                    skip();
                    if (s.charAt(pos) == ',') {
                        pos++;
                        continue;
                    }
                    expect('}');
                    return m;
                }
            }
            case '[' -> {
                pos++;
                List<Object> l = new ArrayList<>();
                skip();
                if (s.charAt(pos) == ']') {
                    pos++;
                    return l;
                }
                while (true) {
                    l.add(value(depth + 1));
                    skip();
                    if (s.charAt(pos) == ',') {
                        pos++;
                        continue;
                    }
                    expect(']');
                    return l;
                }
            }
            case '"' -> {
                return string();
            }
            default -> {
                int start = pos;
                while (pos < s.length() && ",}] \t\r\n".indexOf(s.charAt(pos)) < 0) {
                    pos++;
                }
                String word = s.substring(start, pos);
                return switch (word) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    case "null" -> null;
                    default -> Double.valueOf(word);
                };
            }
        }
    }

    private String string() {
        expect('"');
        StringBuilder out = new StringBuilder();
        while (true) {
            char c = s.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(pos++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                    pos += 4;
                }
                default -> out.append(e);
            }
        }
    }

    private void skip() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }

    private void expect(char c) {
        if (s.charAt(pos) != c) {
            throw new IllegalArgumentException("expected " + c + " at " + pos);
        }
        pos++;
    }
}
