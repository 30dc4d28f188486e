package org.crosscheck.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A script cut into its query text and its command lines ({@code /why $4 2}, {@code /export html FILE}): a line
 * that starts with '/' is a command. Query parts keep their line numbers (the lines before them are blank), so
 * errors point at the script's own lines.
 */
public final class ScriptParts {
    /** The commands a script may use; the others only make sense in the shell. */
    public static final List<String> SCRIPT_COMMANDS = List.of("/why", "/export");

    /**
     * One part.
     *
     * @param text    query text (with blank lines before it), or the command line
     * @param command whether it is a command line
     * @param line    the 1-based line it starts on
     */
    public record Part(String text, boolean command, int line) {
        /** The command's name, lower case ("/why"), or null for query text. */
        public String commandName() {
            if (!command) {
                return null;
            }
            String t = text.strip();
            int space = t.indexOf(' ');
            return (space < 0 ? t : t.substring(0, space)).toLowerCase(Locale.ROOT);
        }

        /** The command's arguments, stripped. */
        public String arguments() {
            String t = text.strip();
            int space = t.indexOf(' ');
            return space < 0 ? "" : t.substring(space + 1).strip();
        }
    }

    private ScriptParts() {
    }

    public static List<Part> split(String text) {
        String[] lines = text.split("\\r?\\n|\\r", -1);
        List<Part> out = new ArrayList<>();
        StringBuilder query = new StringBuilder();
        int queryStart = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("/")) {
                if (queryStart >= 0) {
                    out.add(new Part("\n".repeat(queryStart) + query, false, queryStart + 1));
                    query.setLength(0);
                    queryStart = -1;
                }
                out.add(new Part(lines[i].strip(), true, i + 1));
            } else {
                if (queryStart < 0) {
                    queryStart = i;
                } else {
                    query.append('\n');
                }
                query.append(lines[i]);
            }
        }
        if (queryStart >= 0 && !query.toString().isBlank()) {
            out.add(new Part("\n".repeat(queryStart) + query, false, queryStart + 1));
        }
        return out;
    }

    /**
     * Runs a script command and gives its output.
     *
     * @param corpus the corpus folder, or null
     * @throws IllegalArgumentException with a message for the user (an unknown command, a bad argument)
     */
    public static String runCommand(Session session, Path corpus, Part part) {
        String name = part.commandName();
        return switch (name) {
            case "/why" -> Why.explain(session, part.arguments());
            case "/export" -> Export.run(session, corpus, part.arguments()) + "\n";
            default -> throw new IllegalArgumentException(name + " works only in the shell; a script may use "
                    + String.join(" and ", SCRIPT_COMMANDS));
        };
    }
}
