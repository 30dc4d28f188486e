package org.crosscheck.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.CorpusModel;
import org.crosscheck.shell.Workspace;

/**
 * One model for the report tests, built once per test run: the seed articles copied into a temporary corpus
 * folder together with one article whose text carries markup that must never run in the report.
 */
final class ReportFixture {
    /** The id of the article with markup in its title and text. */
    static final String INJECTED = "zz_markup";

    static final String INJECTED_TEXT = """
            Officials <script>alert(1)</script> deny the report & call it "fake"

            KYIV - Officials said on Tuesday that <img src=x onerror=alert(2)> two Chinese soldiers had been \
            captured near the front line in the Donetsk region.

            "We have information that there are many more Chinese citizens <script>alert(3)</script> in the \
            occupier's units," the spokesman said.

            Analysts said the claim <b onclick="alert(4)">could not be verified</b> and that more checks were needed.
            """;

    private static ReportFixture instance;

    final Path dir;
    final Path corpus;
    final Workspace workspace;
    final String report;

    private ReportFixture() throws IOException {
        dir = Files.createTempDirectory("crosscheck-html-");
        corpus = Files.createDirectory(dir.resolve("corpus"));
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path f : seeds.sorted().toList()) {
                Files.copy(f, corpus.resolve(f.getFileName().toString()));
            }
        }
        Files.writeString(corpus.resolve(INJECTED + ".txt"), INJECTED_TEXT, StandardCharsets.UTF_8);
        workspace = Workspace.open(corpus, dir.resolve("index"), Progress.SILENT);
        report = HtmlReport.corpus(workspace.model(), "Seeds <i>report</i> & markup");
        Runtime.getRuntime().addShutdownHook(new Thread(this::cleanUp));
    }

    static synchronized ReportFixture get() {
        if (instance == null) {
            try {
                instance = new ReportFixture();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    CorpusModel model() {
        return workspace.model();
    }

    private void cleanUp() {
        workspace.close();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder; the system removes it eventually
        }
    }
}
