package org.crosscheck.shell;

import java.util.List;

/** A shell command such as {@code /help} or {@code /format json}. */
public interface Command {
    /** The name with its slash: "/help". */
    String name();

    /** How its arguments are written, e.g. "[topic]" or "table|json|csv|markdown"; empty when it takes none. */
    String arguments();

    /** One line on what it does. */
    String summary();

    /** Runs it; {@code args} is the rest of the line, stripped. Problems are reported on the shell, not thrown. */
    void run(Repl repl, String args);

    /** Candidates for its argument, given what was typed of it so far. */
    default List<String> complete(Repl repl, String typed) {
        return List.of();
    }
}
