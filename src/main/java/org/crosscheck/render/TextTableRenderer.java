package org.crosscheck.render;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.query.Column;
import org.crosscheck.query.Row;
import org.crosscheck.query.Table;
import org.jline.utils.WCWidth;

/**
 * An aligned text table for the terminal:
 * <pre>
 * id  | title              | words
 * ----+--------------------+------
 * 000 | Zelensky says two… |   612
 * (1 row)
 * </pre>
 * Numbers are right-aligned, lists joined with ", ", true and false drawn as ● and · (a readable grid). When the table is wider than the terminal the widest
 * columns are narrowed and their long cells cut with "…".
 */
public final class TextTableRenderer implements Renderer {
    private static final String SEPARATOR = " | ";
    private static final int MIN_COLUMN = 3;
    private final int width;

    /** @param width the terminal width in columns, or 0 for no limit */
    public TextTableRenderer(int width) {
        this.width = width;
    }

    /** Above this many true/false columns a grid is no longer readable in a terminal: see {@link #narrowGrid}. */
    static final int MAX_GRID_COLUMNS = 16;

    @Override
    public String render(Table all, String query) {
        Table table = narrowGrid(Cells.forReading(all));
        List<Column> columns = table.columns();
        int n = columns.size();
        StringBuilder out = new StringBuilder();
        if (n > 0) {
            List<String[]> cells = new ArrayList<>();
            for (Row row : table.rows()) {
                String[] line = new String[n];
                for (int c = 0; c < n; c++) {
                    Object value = c < row.values().size() ? row.get(c) : null;
                    line[c] = value instanceof Boolean b ? (b ? "●" : "·") : Cells.oneLine(Cells.text(value, ", "));
                }
                cells.add(line);
            }
            int[] widths = new int[n];
            for (int c = 0; c < n; c++) {
                widths[c] = displayWidth(columns.get(c).name());
                for (String[] line : cells) {
                    widths[c] = Math.max(widths[c], displayWidth(line[c]));
                }
            }
            fit(widths);
            appendLine(out, columns.stream().map(Column::name).toArray(String[]::new), widths, columns, true);
            for (int c = 0; c < n; c++) {
                if (c > 0) {
                    out.append("-+-");
                }
                out.append("-".repeat(widths[c]));
            }
            out.append('\n');
            for (String[] line : cells) {
                appendLine(out, line, widths, columns, false);
            }
        }
        int count = table.rows().size();
        out.append('(').append(count).append(count == 1 ? " row)" : " rows)").append('\n');
        if (!table.note().isEmpty()) {
            out.append("note: ").append(table.note()).append('\n');
        }
        return out.toString();
    }

    /**
     * A grid with more than {@link #MAX_GRID_COLUMNS} true/false columns (coverage over a whole BASIL folder: one
     * column per source) is drawn with those columns folded into one list, {@code marked}, of the columns that are
     * true in each row. JSON, CSV and the other formats keep every column.
     */
    static Table narrowGrid(Table table) {
        List<Integer> flags = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            if (table.columns().get(c).type() == Column.Type.BOOLEAN) {
                flags.add(c);
            }
        }
        if (flags.size() <= MAX_GRID_COLUMNS) {
            return table;
        }
        List<Column> cols = new ArrayList<>();
        int at = -1;
        for (int c = 0; c < table.columns().size(); c++) {
            if (!flags.contains(c)) {
                cols.add(table.columns().get(c));
            } else if (at < 0) {
                at = cols.size();
                cols.add(new Column("marked", Column.Type.LIST));
            }
        }
        List<Row> rows = new ArrayList<>(table.rows().size());
        for (Row r : table.rows()) {
            List<Object> values = new ArrayList<>();
            List<String> marked = new ArrayList<>();
            for (int c = 0; c < table.columns().size(); c++) {
                Object v = c < r.values().size() ? r.get(c) : null;
                if (!flags.contains(c)) {
                    values.add(v);
                } else if (Boolean.TRUE.equals(v)) {
                    marked.add(table.columns().get(c).name());
                }
            }
            values.add(at, marked);
            rows.add(new Row(values, r.why()));
        }
        return new Table(cols, rows, table.note());
    }

    /** Narrows the widest columns, one step at a time, until the line fits the terminal. */
    private void fit(int[] widths) {
        if (width <= 0) {
            return;
        }
        int available = width - SEPARATOR.length() * (widths.length - 1);
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        while (total > available) {
            int widest = 0;
            for (int c = 1; c < widths.length; c++) {
                if (widths[c] > widths[widest]) {
                    widest = c;
                }
            }
            if (widths[widest] <= MIN_COLUMN) {
                return; // cannot narrow further: let the terminal wrap
            }
            widths[widest]--;
            total--;
        }
    }

    private static void appendLine(StringBuilder out, String[] cells, int[] widths, List<Column> columns,
                                   boolean header) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                line.append(SEPARATOR);
            }
            String text = truncate(cells[c], widths[c]);
            int pad = widths[c] - displayWidth(text);
            boolean right = !header && columns.get(c).type() == Column.Type.NUMBER;
            if (right) {
                line.append(" ".repeat(pad)).append(text);
            } else {
                line.append(text);
                if (c < cells.length - 1) {
                    line.append(" ".repeat(pad));
                }
            }
        }
        out.append(line).append('\n');
    }

    /** The text cut to {@code max} display columns, ending with "…" when cut. */
    static String truncate(String text, int max) {
        if (displayWidth(text) <= max) {
            return text;
        }
        StringBuilder b = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = Math.max(0, WCWidth.wcwidth(cp));
            if (used + w > max - 1) {
                break;
            }
            b.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return b.append('…').toString();
    }

    /** Columns the text takes on a terminal (wide CJK characters take two, combining marks none). */
    static int displayWidth(String text) {
        int w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += Math.max(0, WCWidth.wcwidth(cp));
            i += Character.charCount(cp);
        }
        return w;
    }
}
