package org.crosscheck.render;

import java.util.List;
import org.crosscheck.query.Column;
import org.crosscheck.query.Row;
import org.crosscheck.query.Table;

/**
 * A GitHub-flavoured Markdown table. Pipes and backslashes in cells are escaped, line breaks become
 * {@code <br>}, number columns are right-aligned. Lists are joined with ", ".
 */
public final class MarkdownRenderer implements Renderer {

    @Override
    public String render(Table all, String query) {
        Table table = Cells.forReading(all);
        List<Column> columns = table.columns();
        StringBuilder out = new StringBuilder();
        if (columns.isEmpty()) {
            return "";
        }
        out.append('|');
        for (Column c : columns) {
            out.append(' ').append(cell(c.name())).append(" |");
        }
        out.append('\n').append('|');
        for (Column c : columns) {
            out.append(c.type() == Column.Type.NUMBER ? " ---: |" : " --- |");
        }
        out.append('\n');
        for (Row row : table.rows()) {
            out.append('|');
            for (int c = 0; c < columns.size(); c++) {
                Object value = c < row.values().size() ? row.get(c) : null;
                out.append(' ').append(cell(Cells.text(value, ", "))).append(" |");
            }
            out.append('\n');
        }
        if (!table.note().isEmpty()) {
            out.append('\n').append("*Note:* ").append(cell(table.note())).append('\n');
        }
        return out.toString();
    }

    static String cell(String text) {
        String escaped = text.replace("\\", "\\\\").replace("|", "\\|");
        return escaped.replaceAll("\\r\\n|\\r|\\n", "<br>").strip();
    }
}
