package org.crosscheck.query;

/**
 * A query that cannot be parsed or evaluated, with where it went wrong.
 * {@link #getMessage()} is "what was wrong and what was expected"; {@link #format()} is the full report:
 * <pre>
 * FILE:LINE:COL: message
 *   the offending line
 *       ^
 * </pre>
 */
public class QueryException extends Exception {
    private final String origin;
    private final int line;
    private final int column;
    private final String lineText;

    /**
     * @param origin   file name, or "&lt;input&gt;" for -e and the REPL
     * @param line     1-based line
     * @param column   1-based column
     * @param lineText the text of that line (without its line break)
     */
    public QueryException(String message, String origin, int line, int column, String lineText) {
        super(message);
        this.origin = origin;
        this.line = line;
        this.column = column;
        this.lineText = lineText;
    }

    public String origin() {
        return origin;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String lineText() {
        return lineText;
    }

    /** The same error placed in another file or line (a script's statement at its real position). */
    public QueryException relocate(String newOrigin, int lineOffset, int columnOffsetOnFirstLine, String newLineText) {
        int newColumn = line == 1 ? column + columnOffsetOnFirstLine : column;
        return new QueryException(getMessage(), newOrigin, line + lineOffset, newColumn, newLineText);
    }

    public String format() {
        StringBuilder b = new StringBuilder();
        b.append(origin).append(':').append(line).append(':').append(column).append(": ").append(getMessage());
        if (lineText != null) {
            b.append('\n').append("  ").append(lineText).append('\n').append("  ");
            for (int i = 1; i < column && i <= lineText.length(); i++) {
                b.append(lineText.charAt(i - 1) == '\t' ? '\t' : ' ');
            }
            b.append('^');
        }
        return b.toString();
    }
}
