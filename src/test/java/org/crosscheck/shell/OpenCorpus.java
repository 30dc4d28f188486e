package org.crosscheck.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Source;
import org.crosscheck.query.QueryException;
import org.crosscheck.query.Table;

/**
 * One opened corpus for the comparison tests: its workspace, a session on it, each source's text by id and by the
 * first three characters of its id, and a way to run a query and take the last result.
 */
final class OpenCorpus implements AutoCloseable {
    final Workspace workspace;
    final Session session;
    final Map<String, String> texts = new HashMap<>();
    final Map<String, String> byPrefix = new HashMap<>();

    OpenCorpus(Workspace workspace) {
        this.workspace = workspace;
        this.session = new Session(workspace.model());
        for (Source s : workspace.model().sources()) {
            texts.put(s.id(), s.text());
            byPrefix.put(s.id().substring(0, Math.min(3, s.id().length())), s.id());
        }
    }

    /** The seeds, on the index the shell tests share. */
    static OpenCorpus seeds() throws IOException {
        return new OpenCorpus(SeedIndex.open());
    }

    /**
     * A corpus of the given files (name to text, in UTF-8) written into {@code tmp}/corpus, indexed in
     * {@code tmp}/index.
     */
    static OpenCorpus of(Path tmp, Map<String, String> files) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("corpus"));
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
        }
        return new OpenCorpus(Workspace.open(dir, tmp.resolve("index"), Progress.SILENT));
    }

    Session.Outcome outcome(String query) throws QueryException {
        List<Session.Outcome> all = session.eval(query);
        return all.get(all.size() - 1);
    }

    Table run(String query) throws QueryException {
        return outcome(query).table();
    }

    static void close(OpenCorpus c) {
        if (c != null) {
            c.close();
        }
    }

    @Override
    public void close() {
        workspace.close();
    }
}
