package org.crosscheck.model;

/** A full-text query that Lucene's query syntax does not accept. */
public class SearchSyntaxException extends Exception {
    private final int column;

    public SearchSyntaxException(String message, int column, Throwable cause) {
        super(message, cause);
        this.column = column;
    }

    /** 0-based column inside the search string where the problem is, or -1 when unknown. */
    public int column() {
        return column;
    }
}
