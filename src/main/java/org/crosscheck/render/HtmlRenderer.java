package org.crosscheck.render;

import org.crosscheck.query.Table;

/**
 * The {@code html} output format: a query result as one self-contained page ({@link HtmlReport#table}). It has the
 * {@code render(Table, String)} method of the other renderers, so {@code --format html} prints the page.
 */
public final class HtmlRenderer {
    /**
     * @param table the result
     * @param query the statement text that produced it, shown above the table
     * @return the page, ending with a line break
     */
    public String render(Table table, String query) {
        return HtmlReport.table(query, table);
    }
}
