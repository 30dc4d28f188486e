package org.crosscheck.shell;

import org.crosscheck.render.Format;
import org.crosscheck.render.Renderer;

/** How a session's outcomes are shown, in the shell and from the command line. */
public final class Results {
    private Results() {
    }

    /**
     * The text for one outcome.
     *
     * @param header with TABLE, start with JShell's {@code $3 ==>} line (the shell does; scripts do not)
     * @param width  the terminal width, or 0
     */
    public static String show(Session.Outcome outcome, Format format, int width, boolean header) {
        String body = Renderer.of(format, width).render(outcome.table(), outcome.text());
        if (header && format == Format.TABLE) {
            return outcome.name() + " ==>\n" + body;
        }
        return body;
    }

    /**
     * The result's note for a format whose body has no place for one (CSV: a comment line would break the
     * readers it is meant for), as a line of its own ("note: …"), or "" when there is none or the body holds it.
     * The command line writes it to standard error, so the CSV on standard output stays a clean file.
     */
    public static String note(Session.Outcome outcome, Format format) {
        String note = outcome.table().note();
        if (note.isEmpty() || format != Format.CSV) {
            return "";
        }
        return "note: " + note + "\n";
    }

    /** The timing line shown after a result when timing is on. */
    public static String timing(Session.Outcome outcome) {
        return "(" + outcome.millis() + " ms)\n";
    }
}
