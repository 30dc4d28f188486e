package org.crosscheck.render;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.crosscheck.query.Column;
import org.crosscheck.query.Row;
import org.crosscheck.query.Table;

/** Shared value-to-text rules of the text formats. */
final class Cells {
    private Cells() {
    }

    /** A cell's text: null as empty, lists joined with {@code listSeparator}, everything else by toString. */
    static String text(Object value, String listSeparator) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(v -> v == null ? "" : v.toString()).collect(Collectors.joining(listSeparator));
        }
        return value.toString();
    }

    /** The text on one line: line breaks and tabs become single spaces. */
    static String oneLine(String text) {
        if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0 && text.indexOf('\t') < 0) {
            return text;
        }
        return text.replaceAll("[\\t ]*(\\r\\n|\\r|\\n)[\\t ]*", " ").replace('\t', ' ');
    }

    /**
     * The table as formats laid out for reading show it: without the columns that repeat another column of the
     * table under a longer name ({@link Column#sameAs}). The table itself when there are none.
     */
    static Table forReading(Table table) {
        List<Column> columns = table.columns();
        List<Integer> keep = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            String same = columns.get(c).sameAs();
            if (same == null || table.indexOf(same) < 0 || table.indexOf(same) == c) {
                keep.add(c);
            }
        }
        if (keep.size() == columns.size()) {
            return table;
        }
        List<Column> cols = keep.stream().map(columns::get).toList();
        List<Row> rows = new ArrayList<>(table.rows().size());
        for (Row r : table.rows()) {
            List<Object> values = new ArrayList<>(keep.size());
            for (int c : keep) {
                values.add(c < r.values().size() ? r.get(c) : null);
            }
            rows.add(new Row(values, r.why()));
        }
        return new Table(cols, rows, table.note());
    }
}
