package dev.maildoctor.app.recipients;

import java.util.List;

/** The results as text to copy: aligned columns for a ticket or a mail, or CSV for a spreadsheet. */
final class TableExport {
    private final RowText text;
    private final List<String> headers;

    TableExport(RowText text, List<String> headers) {
        this.text = text;
        this.headers = headers;
    }

    String csv(List<ResultRow> rows) {
        StringBuilder sb = new StringBuilder();
        line(sb, headers.stream().map(TableExport::csvField).toList(), ",");
        for (ResultRow r : rows) {
            line(sb, cells(r).stream().map(TableExport::csvField).toList(), ",");
        }
        return sb.toString();
    }

    String plain(List<ResultRow> rows) {
        List<List<String>> lines = new java.util.ArrayList<>();
        lines.add(headers);
        rows.forEach(r -> lines.add(cells(r)));
        int[] width = new int[headers.size()];
        for (List<String> l : lines) {
            for (int i = 0; i < l.size(); i++) {
                width[i] = Math.max(width[i], l.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> l : lines) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < l.size(); i++) {
                line.append(i == l.size() - 1 ? l.get(i) : pad(l.get(i), width[i] + 2));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    /** Domain, punycode, provider, MX, evidence, hints. */
    private List<String> cells(ResultRow r) {
        return List.of(text.domain(r), text.ascii(r).orElse(""), text.provider(r), r.mxText(), text.evidence(r),
                text.hints(r));
    }

    private static void line(StringBuilder sb, List<String> cells, String separator) {
        sb.append(String.join(separator, cells)).append('\n');
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }

    private static String csvField(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
