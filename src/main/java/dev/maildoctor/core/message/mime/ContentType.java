package dev.maildoctor.core.message.mime;

import java.util.Locale;

/** A parsed Content-Type: lower-case "type/subtype" and the parameters MIME parsing needs. */
public record ContentType(String mimeType, String boundary, String charset) {

    public static final ContentType TEXT_PLAIN = new ContentType("text/plain", "", "");

    public static ContentType parse(String value) {
        if (value == null || value.isBlank()) {
            return TEXT_PLAIN;
        }
        int semi = value.indexOf(';');
        String type = (semi < 0 ? value : value.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
        if (type.indexOf('/') < 0) {
            type = "text/plain";
        }
        String params = semi < 0 ? "" : value.substring(semi + 1);
        return new ContentType(type, parameter(params, "boundary"),
                parameter(params, "charset").toLowerCase(Locale.ROOT));
    }

    public boolean isMultipart() {
        return mimeType.startsWith("multipart/");
    }

    public boolean is(String type) {
        return mimeType.equals(type);
    }

    /** Reads one parameter, quoted or not; tolerant of missing semicolons and odd spacing. */
    static String parameter(String params, String name) {
        String lower = params.toLowerCase(Locale.ROOT);
        int from = 0;
        while (true) {
            int at = lower.indexOf(name, from);
            if (at < 0) {
                return "";
            }
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1)) && lower.charAt(at - 1) != '-';
            int eq = at + name.length();
            while (eq < params.length() && params.charAt(eq) == ' ') {
                eq++;
            }
            if (startsWord && eq < params.length() && params.charAt(eq) == '=') {
                return value(params, eq + 1);
            }
            from = at + name.length();
        }
    }

    private static String value(String params, int start) {
        int i = start;
        while (i < params.length() && (params.charAt(i) == ' ' || params.charAt(i) == '\t')) {
            i++;
        }
        if (i < params.length() && params.charAt(i) == '"') {
            int end = params.indexOf('"', i + 1);
            return end < 0 ? params.substring(i + 1).strip() : params.substring(i + 1, end);
        }
        int end = i;
        while (end < params.length() && params.charAt(end) != ';' && params.charAt(end) > ' ') {
            end++;
        }
        return params.substring(i, end);
    }
}
