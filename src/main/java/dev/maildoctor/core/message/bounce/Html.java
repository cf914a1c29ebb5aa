package dev.maildoctor.core.message.bounce;

/** Plain text from the HTML part of a bounce (Exchange and some providers send only HTML). */
final class Html {
    private Html() {
    }

    static String toText(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int n = html.length();
        int i = 0;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    break;
                }
                String tag = html.substring(i + 1, Math.min(end, i + 12)).toLowerCase(java.util.Locale.ROOT);
                if (tag.startsWith("br") || tag.startsWith("p") || tag.startsWith("/p") || tag.startsWith("tr")
                        || tag.startsWith("/tr") || tag.startsWith("div") || tag.startsWith("/div")
                        || tag.startsWith("li") || tag.startsWith("/td") || tag.startsWith("/h")) {
                    out.append('\n');
                }
                if (tag.startsWith("style") || tag.startsWith("script") || tag.startsWith("head")) {
                    String close = "</" + tag.replaceAll("[^a-z].*", "");
                    int closeAt = html.toLowerCase(java.util.Locale.ROOT).indexOf(close, end);
                    end = closeAt < 0 ? end : html.indexOf('>', closeAt);
                    if (end < 0) {
                        break;
                    }
                }
                i = end + 1;
            } else if (c == '&') {
                int semi = html.indexOf(';', i);
                if (semi > i && semi - i < 10) {
                    out.append(entity(html.substring(i + 1, semi)));
                    i = semi + 1;
                } else {
                    out.append(c);
                    i++;
                }
            } else {
                out.append(c == '\n' ? ' ' : c);
                i++;
            }
        }
        return out.toString();
    }

    private static String entity(String name) {
        switch (name) {
            case "lt":
                return "<";
            case "gt":
                return ">";
            case "amp":
                return "&";
            case "quot":
                return "\"";
            case "nbsp":
                return " ";
            case "apos":
                return "'";
            default:
                if (name.startsWith("#")) {
                    try {
                        int cp = name.startsWith("#x") || name.startsWith("#X") ? Integer.parseInt(name.substring(2), 16)
                                : Integer.parseInt(name.substring(1));
                        return new String(Character.toChars(cp));
                    } catch (RuntimeException e) {
                        return "";
                    }
                }
                return "&" + name + ";";
        }
    }
}
