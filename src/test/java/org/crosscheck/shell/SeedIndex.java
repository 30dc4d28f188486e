package org.crosscheck.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.crosscheck.ingest.Progress;

/**
 * The seeds ingested once per test run into a temporary index folder, shared by the shell and command-line tests
 * (ingest loads CoreNLP; opening an existing index is quick).
 */
public final class SeedIndex {
    public static final Path SEEDS = Path.of("seeds");
    private static Path index;

    private SeedIndex() {
    }

    /** The folder of a current index of the seeds, built on first use. */
    public static synchronized Path index() {
        if (index == null) {
            try {
                // CROSSCHECK_TEST_INDEX keeps the index between runs (it is rebuilt when stale)
                String keep = System.getenv("CROSSCHECK_TEST_INDEX");
                Path dir = keep != null && !keep.isBlank() ? Path.of(keep)
                        : Files.createTempDirectory("crosscheck-shell-test-index");
                try (Workspace w = Workspace.open(SEEDS, dir, Progress.SILENT)) {
                    w.model().sources(); // opened once: later opens find it current
                }
                index = dir;
                if (keep == null || keep.isBlank()) {
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return index;
    }

    /** A workspace on the seeds with the shared index. */
    public static Workspace open() throws IOException {
        return Workspace.open(SEEDS, index(), Progress.SILENT);
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
