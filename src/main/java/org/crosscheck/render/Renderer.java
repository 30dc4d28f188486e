package org.crosscheck.render;

import org.crosscheck.query.Table;

/**
 * Turns one query result into text. One implementation per {@link Format}; {@link #of(Format, int)} picks it.
 */
public interface Renderer {
    /**
     * Renders a result.
     *
     * @param table the result
     * @param query the statement text that produced it (some formats include it)
     * @return the rendering, ending with a line break
     */
    String render(Table table, String query);

    /**
     * The renderer for a format.
     *
     * @param width the terminal width for formats that lay text out (TABLE), or 0 for no limit
     */
    static Renderer of(Format format, int width) {
        return switch (format) {
            case TABLE -> new TextTableRenderer(width);
            case JSON -> new JsonRenderer();
            case CSV -> new CsvRenderer();
            case MARKDOWN -> new MarkdownRenderer();
            case HTML -> new HtmlRenderer();
        };
    }
}
