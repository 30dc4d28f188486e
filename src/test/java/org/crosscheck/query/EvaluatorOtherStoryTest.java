package org.crosscheck.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.crosscheck.annotate.CorpusBuilder;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.CorpusModel;
import org.crosscheck.model.IndexStore;
import org.crosscheck.model.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluator on another story: the first BASIL event (the same news told by three outlets, with Outlet and
 * Main-Entities headers), read in place from ../shared/corpora. Expectations come from the files' own headers.
 */
class EvaluatorOtherStoryTest {
    static final Path BASIL = Path.of("../shared/corpora/basil-dev");
    @TempDir
    static Path tmp;
    static CorpusModel model;
    static String mainEntity;

    @BeforeAll
    static void build() throws IOException {
        assumeTrue(Files.isDirectory(BASIL), "../shared/corpora/basil-dev is absent: skipping the other-story test");
        Path event;
        try (Stream<Path> s = Files.list(BASIL)) {
            event = s.filter(Files::isDirectory).sorted().findFirst().orElseThrow();
        }
        try (Stream<Path> s = Files.list(event)) {
            Path first = s.sorted().findFirst().orElseThrow();
            mainEntity = Files.readAllLines(first, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith("Main-Entities:")).findFirst().orElseThrow()
                    .substring("Main-Entities:".length()).split(";")[0].strip();
        }
        IndexStore.write(CorpusBuilder.build(event, Progress.SILENT), tmp.resolve("index"), "basil",
                Progress.SILENT);
        model = IndexStore.open(tmp.resolve("index"));
    }

    @AfterAll
    static void close() {
        if (model != null) {
            model.close();
        }
    }

    static Table run(String query) throws QueryException {
        Table t = null;
        for (var s : QueryLanguage.parse(query, "<test>")) {
            t = new Evaluator(model).evaluate(s, n -> Optional.empty(), new Cancel(), "<test>");
        }
        return t;
    }

    @Test
    void outletsNameSourcesAndTheMainEntityIsFoundWhereItsNameStands() throws QueryException {
        Table sources = run("sources");
        assertTrue(sources.indexOf("outlet") >= 0, "outlet column from the header");
        for (Source s : model.sources()) {
            String outlet = s.meta().get("outlet");
            if (outlet != null && model.sources().stream().filter(o -> outlet.equals(o.meta().get("outlet"))).count() == 1) {
                Table quotes = run("quotes in \"" + outlet + "\"");
                for (Row r : quotes.rows()) {
                    assertEquals(s.id(), r.get(0));
                }
            }
        }
        String last = mainEntity.substring(mainEntity.lastIndexOf(' ') + 1);
        Set<String> expected = new HashSet<>();
        for (Source s : model.sources()) {
            if (s.text().contains(last)) {
                expected.add(s.id());
            }
        }
        Table mentions = run("mentions of " + mainEntity + " | group by source");
        assertEquals(expected, new HashSet<>(mentions.rows().stream().map(r -> (String) r.get(0)).toList()));
        Table quotes = run("quotes by " + last);
        for (Row r : quotes.rows()) {
            assertTrue(r.get(1).toString().toLowerCase(Locale.ROOT).contains(last.toLowerCase(Locale.ROOT)),
                    r.get(1).toString());
        }
        assertFalse(run("claims about " + last).rows().isEmpty());
        assertEquals(List.of("count"), run("entities where type = person | count").columns().stream()
                .map(Column::name).toList());
    }
}
