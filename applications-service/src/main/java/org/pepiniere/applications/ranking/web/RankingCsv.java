package org.pepiniere.applications.ranking.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * A sheet as CSV (RFC 4180): comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote or a line
 * break, quotes doubled. UTF-8 with a byte order mark, without which Excel reads accents as Windows-1252.
 */
final class RankingCsv {

    private static final String BOM = "\uFEFF";

    static byte[] write(Sheet sheet) {
        var csv = new StringBuilder(BOM);
        line(csv, List.copyOf(sheet.headers()));
        sheet.rows().forEach(row -> line(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(cells.get(i)));
        }
        csv.append("\r\n");
    }

    private static String field(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Number number) {
            return number instanceof Double value ? String.format(Locale.ROOT, "%.2f", value) : number.toString();
        }
        String text = neutralised(cell.toString());
        boolean quoted = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /**
     * A founder's start-up name or a juror's comment starting with = + - @ would run as a formula in a spreadsheet
     * (OWASP's CSV injection): a leading apostrophe keeps it text.
     */
    private static String neutralised(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private RankingCsv() {
    }
}
