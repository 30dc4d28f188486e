package org.crosscheck.query;

import java.util.List;
import org.crosscheck.query.ast.Statement;

/** The front door of the query language: parsing, completeness (for multi-line input) and completion. */
public final class QueryLanguage {
    private QueryLanguage() {
    }

    public enum Input { COMPLETE, INCOMPLETE, INVALID }

    /**
     * Parses a script or snippet: statements separated by ';' or line breaks.
     *
     * @param origin file name, or "&lt;input&gt;"
     */
    public static List<Statement> parse(String text, String origin) throws QueryException {
        throw new UnsupportedOperationException("query language: issue #2");
    }

    /** Whether the text is a whole snippet, an unfinished one (continue on the next line) or wrong. */
    public static Input check(String text) {
        throw new UnsupportedOperationException("query language: issue #2");
    }

    /** Candidates for the word that ends {@code before} (the text left of the cursor). */
    public static List<Suggestion> complete(String before, Vocabulary vocabulary) {
        throw new UnsupportedOperationException("query language: issue #2");
    }
}
