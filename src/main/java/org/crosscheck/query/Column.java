package org.crosscheck.query;

/** A result column: its name (as in JSON output) and what its values are. */
public record Column(String name, Type type) {
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
}
