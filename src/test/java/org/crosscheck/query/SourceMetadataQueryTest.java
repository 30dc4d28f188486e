package org.crosscheck.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crosscheck.annotate.CorpusBuilder;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.CorpusModel;
import org.crosscheck.model.IndexStore;
import org.crosscheck.model.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Queries on source metadata, on two BASIL event folders copied into a temporary corpus (each folder has fox.txt,
 * hpo.txt and nyt.txt with a Key: Value header). Skipped when ../shared/corpora is absent.
 */
class SourceMetadataQueryTest {
    @TempDir
    static Path tmp;
    static CorpusModel model;

    @BeforeAll
    static void build() throws IOException {
        Path basil = Path.of("../shared/corpora/basil-dev");
        Assumptions.assumeTrue(Files.isDirectory(basil), "../shared/corpora/basil-dev is absent: skipped");
        Path corpus = tmp.resolve("corpus");
        List<Path> events;
        try (Stream<Path> s = Files.list(basil)) {
            events = s.filter(Files::isDirectory).sorted().limit(2).toList();
        }
        for (Path e : events) {
            Path to = Files.createDirectories(corpus.resolve(e.getFileName()));
            try (Stream<Path> s = Files.list(e)) {
                for (Path f : s.toList()) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
        Corpus c = CorpusBuilder.build(corpus, Progress.SILENT);
        IndexStore.write(c, tmp.resolve("index"), "basil2", Progress.SILENT);
        model = IndexStore.open(tmp.resolve("index"));
    }

    @AfterAll
    static void close() {
        if (model != null) {
            model.close();
        }
    }

    static Table run(String query) throws QueryException {
        return Queries.run(model, query, null);
    }

    static List<Object> column(Table t, String name) {
        int i = t.indexOf(name);
        assertTrue(i >= 0, "no column " + name + " in " + t.columns());
        return t.rows().stream().map(r -> r.get(i)).toList();
    }

    @Test
    void sourcesShowHeaderMetadataAndFilterOnIt() throws QueryException {
        Table all = run("sources");
        for (String col : List.of("id", "title", "outlet", "date", "url")) {
            assertTrue(all.indexOf(col) >= 0, col + " in " + all.columns());
        }
        assertEquals(6, all.rows().size());
        Table fox = run("sources where outlet = \"Fox News\"");
        assertEquals(2, fox.rows().size());
        for (Object id : column(fox, "id")) {
            assertTrue(id.toString().endsWith("/fox"), id.toString());
        }
        // titles come from the header, not from the first line of the body
        for (Source s : model.sources()) {
            assertEquals(s.meta().get("title"), s.title());
            assertFalse(s.title().startsWith("Outlet:"));
        }
    }

    @Test
    void aSourceReferenceMayBeAnOutletName() throws QueryException {
        Set<String> nyt = model.sources().stream().filter(s -> "New York Times".equals(s.meta().get("outlet")))
                .map(Source::id).collect(Collectors.toSet());
        assertEquals(2, nyt.size());
        Table claims = run("claims in \"New York Times\"");
        assertFalse(claims.rows().isEmpty());
        for (Object sources : column(claims, "sources")) {
            assertTrue(((List<?>) sources).stream().anyMatch(nyt::contains), sources.toString());
        }
        // both NYT articles are covered, and the lower-case outlet and the file name say the same
        Set<Object> covered = new java.util.HashSet<>();
        column(claims, "sources").forEach(l -> covered.addAll((List<?>) l));
        assertTrue(covered.containsAll(nyt));
        assertEquals(claims.rows().size(), run("claims in \"new york times\"").rows().size());
        assertEquals(claims.rows().size(), run("claims in nyt").rows().size());
        Table sentences = run("sentences in \"Fox News\"");
        assertEquals(Set.of("fox"), column(sentences, "source").stream()
                .map(s -> s.toString().substring(s.toString().lastIndexOf('/') + 1)).collect(Collectors.toSet()));
        // an id prefix still names one source
        String one = nyt.iterator().next();
        assertEquals(Set.of(one), Set.copyOf(column(run("sentences in \"" + one + "\""), "source")));
        // a name that is no outlet and no id is an error that lists the sources with their outlets
        QueryException e = org.junit.jupiter.api.Assertions.assertThrows(QueryException.class,
                () -> run("claims in \"Daily Planet\""));
        assertTrue(e.getMessage().contains("(Fox News)"), e.getMessage());
    }

    @Test
    void sentencesWhereBoilerplateListsTheFlaggedText() throws QueryException {
        Table flagged = run("sentences where boilerplate");
        long expected = model.sentences().stream().filter(s -> s.isBoilerplate()).count();
        assertEquals(expected, flagged.rows().size());
        assertTrue(column(flagged, "boilerplate").stream().allMatch(Boolean.TRUE::equals));
        List<Object> reasons = new ArrayList<>(column(flagged, "reason"));
        assertFalse(reasons.contains(null));
        Table reporting = run("sentences where boilerplate = false");
        assertEquals(model.sentences().size() - expected, reporting.rows().size());
    }
}
