package org.crosscheck.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.crosscheck.query.Table;
import org.crosscheck.render.HtmlReport;

/** {@code /export html FILE [RESULT]}: an HTML report of the corpus, or of one result, written to a file. */
public final class Export {
    static final String USAGE = "Usage: /export html FILE [RESULT], e.g. /export html report.html or /export html q.html $3";

    private Export() {
    }

    /**
     * Writes the page and says what was written.
     *
     * @param corpus the corpus folder (nothing is written inside it), or null
     * @throws IllegalArgumentException with a message for the user: bad arguments, unknown result, unwritable file
     */
    public static String run(Session session, Path corpus, String args) {
        String[] parts = args.isBlank() ? new String[0] : args.strip().split("\\s+");
        if (parts.length < 2 || parts.length > 3 || !parts[0].equalsIgnoreCase("html")) {
            throw new IllegalArgumentException(USAGE);
        }
        Path file = Path.of(expandHome(parts[1]));
        if (corpus != null && file.toAbsolutePath().normalize().startsWith(corpus.toAbsolutePath().normalize())) {
            throw new IllegalArgumentException("Will not write into the corpus folder " + corpus + ": choose another place");
        }
        String page;
        String what;
        if (parts.length == 3) {
            String name = parts[2];
            Optional<Table> table = session.lookup(name);
            if (table.isEmpty()) {
                throw new IllegalArgumentException("No result named " + name + "; results are $1, $2, … and let names");
            }
            String query = session.bindings().stream().filter(o -> o.name().equalsIgnoreCase(name))
                    .map(Session.Outcome::text).findFirst().orElse(name);
            page = HtmlReport.table(query, table.get());
            what = "result " + name + " (" + table.get().rows().size() + " rows)";
        } else {
            String title = corpus == null || corpus.getFileName() == null ? "crosscheck report"
                    : "crosscheck report: " + corpus.getFileName();
            page = HtmlReport.corpus(session.model(), title);
            what = "the corpus report (" + session.model().sources().size() + " sources)";
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, page, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot write " + file + ": " + e.getMessage());
        }
        return "Wrote " + what + " to " + file;
    }

    private static String expandHome(String t) {
        if (t.equals("~") || t.startsWith("~/")) {
            return System.getProperty("user.home") + t.substring(1);
        }
        return t;
    }
}
