package org.crosscheck.render;

import org.crosscheck.query.Table;

/**
 * The {@code html} output format: a query result as one self-contained page ({@link HtmlReport#table}), so
 * {@code --format html} prints a page a browser opens offline.
 */
public final class HtmlRenderer implements Renderer {
    /**
     * @param table the result
     * @param query the statement text that produced it, shown above the table
     * @return the page, ending with a line break
     */
    @Override
    public String render(Table table, String query) {
        return HtmlReport.table(query, table);
    }
}
