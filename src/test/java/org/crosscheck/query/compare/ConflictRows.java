package org.crosscheck.query.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.ingest.Progress;
import org.crosscheck.query.Cancel;
import org.crosscheck.query.Row;
import org.crosscheck.query.Table;
import org.crosscheck.shell.Workspace;

/** The rows `conflicts` gives on a real corpus, as text, for the tests that read one event. */
final class ConflictRows {
    private ConflictRows() {
    }

    /** Opens (or builds) the index of {@code corpus} at {@code index} and returns the given columns of each row. */
    static List<List<String>> of(Path corpus, Path index, int... columns) throws IOException {
        try (Workspace w = Workspace.open(corpus, index, Progress.SILENT)) {
            Table t = Conflicts.conflicts(w.model(), new Cancel());
            List<List<String>> out = new ArrayList<>();
            for (Row r : t.rows()) {
                List<String> cells = new ArrayList<>();
                for (int c : columns) {
                    cells.add(r.get(c).toString());
                }
                out.add(List.copyOf(cells));
            }
            return out;
        }
    }
}
