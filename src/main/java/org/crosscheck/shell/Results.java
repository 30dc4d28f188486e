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

    /** The timing line shown after a result when timing is on. */
    public static String timing(Session.Outcome outcome) {
        return "(" + outcome.millis() + " ms)\n";
    }
}
