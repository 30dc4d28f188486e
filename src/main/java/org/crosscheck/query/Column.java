package org.crosscheck.query;

/**
 * A result column: its name (as in JSON output) and what its values are.
 *
 * @param sameAs null, or the name of another column of the same table holding the same values under a shorter
 *               name (coverage gives each source's mark under its short id and its full id): formats laid out for
 *               reading (the text grid, Markdown, HTML) leave this column out when that one is there, data formats
 *               (JSON, CSV) keep both
 */
public record Column(String name, Type type, String sameAs) {
    public enum Type {
        /** String values. */
        TEXT,
        /** Integer values (Long or Integer). */
        NUMBER,
        /** List&lt;String&gt; values; compares by size in where and sort. */
        LIST,
        /** Boolean values. */
        BOOLEAN
    }

    public Column(String name, Type type) {
        this(name, type, null);
    }
}
