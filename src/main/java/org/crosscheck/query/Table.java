package org.crosscheck.query;

import java.util.List;

/**
 * A typed result: what every query evaluates to and every renderer prints.
 *
 * @param note what a reader should know about the result as a whole, above all why it is empty ("every claim group
 *             of 002 is reported by another source too"); empty when there is nothing to say. Renderers that
 *             have room for prose show it; CSV, a data format, does not.
 */
public record Table(List<Column> columns, List<Row> rows, String note) {
    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        note = note == null ? "" : note.strip();
    }

    public Table(List<Column> columns, List<Row> rows) {
        this(columns, rows, "");
    }

    /** This result with a note. */
    public Table withNote(String text) {
        return new Table(columns, rows, text);
    }

    /** Index of the column with that name (case-insensitive), or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
