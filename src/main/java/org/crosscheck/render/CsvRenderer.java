package org.crosscheck.render;

import java.util.List;
import org.crosscheck.query.Column;
import org.crosscheck.query.Row;
import org.crosscheck.query.Table;

/**
 * RFC 4180 CSV: a header row, then one record per row, CRLF line ends. Fields holding a comma, a double quote
 * or a line break are quoted, with quotes doubled. List values are joined with ";".
 */
public final class CsvRenderer implements Renderer {
    private static final String CRLF = "\r\n";

    @Override
    public String render(Table table, String query) {
        StringBuilder out = new StringBuilder();
        List<Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            if (c > 0) {
                out.append(',');
            }
            out.append(field(columns.get(c).name()));
        }
        out.append(CRLF);
        for (Row row : table.rows()) {
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) {
                    out.append(',');
                }
                Object value = c < row.values().size() ? row.get(c) : null;
                out.append(field(Cells.text(value, ";")));
            }
            out.append(CRLF);
        }
        return out.toString();
    }

    static String field(String text) {
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char ch = text.charAt(i);
            quote = ch == ',' || ch == '"' || ch == '\n' || ch == '\r';
        }
        if (!quote) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
