package org.crosscheck.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Source;
import org.crosscheck.query.Passage;
import org.crosscheck.query.QueryException;
import org.crosscheck.query.Row;
import org.crosscheck.query.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison forms on another story: the first event of ../shared/corpora/basil-dev (three outlets), checked
 * for what must hold on any corpus. Skipped when the corpora are absent.
 */
class ComparisonFormsOtherStoryTest {
    static final Path BASIL = Path.of("..", "shared", "corpora", "basil-dev");
    @TempDir
    static Path tmp;
    static OpenCorpus event;
    static Workspace workspace;
    static Session session;
    static Map<String, String> texts;

    @BeforeAll
    static void open() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(BASIL), "no " + BASIL + ": skipping the other-story checks");
        Path folder;
        try (Stream<Path> events = Files.list(BASIL)) {
            folder = events.filter(Files::isDirectory).sorted().findFirst().orElse(null);
        }
        Assumptions.assumeTrue(folder != null, "no event folder in " + BASIL);
        event = new OpenCorpus(Workspace.open(folder, tmp.resolve("index"), Progress.SILENT));
        workspace = event.workspace;
        session = event.session;
        texts = event.texts;
    }

    @AfterAll
    static void close() {
        OpenCorpus.close(event);
    }

    static Table run(String query) throws QueryException {
        return event.run(query);
    }

    static void passagesAreTheText(Table t) {
        for (Row r : t.rows()) {
            assertFalse(r.why().rule().isBlank());
            for (Passage p : r.why().passages()) {
                assertEquals(texts.get(p.source()).substring(p.start(), p.end()), p.text());
            }
        }
    }

    @Test
    void claimComparisonsAgreeWithEachOther() throws Exception {
        Table coverage = run("coverage");
        List<String> ids = workspace.model().sources().stream().map(Source::id).toList();
        assertEquals(ids.size() + 3, coverage.columns().size(), "sources, a mark per source, claim, id");
        for (Row r : coverage.rows()) {
            long marks = coverage.columns().stream().filter(c -> c.type() == org.crosscheck.query.Column.Type.BOOLEAN)
                    .filter(c -> Boolean.TRUE.equals(r.get(coverage.indexOf(c.name())))).count();
            assertEquals(((Number) r.get(0)).longValue(), marks);
        }
        passagesAreTheText(coverage);
        int all = run("claims shared by all").rows().size();
        int two = run("claims shared by 2").rows().size();
        assertTrue(all <= two);
        for (String id : ids) {
            String ref = '"' + id + '"';
            for (Row r : run("claims only in " + ref).rows()) {
                assertEquals(List.of(id), r.get(2));
            }
            for (Row r : run("claims missing from " + ref).rows()) {
                List<?> sources = (List<?>) r.get(2);
                assertFalse(sources.contains(id));
                assertTrue(sources.size() >= 2);
            }
        }
    }

    @Test
    void noClaimStartsWithAComma() throws Exception {
        // Fox: "Sen. Jim DeMint, R-S.C., would not go that far" was cut after the state's initials
        for (Row r : run("claims").rows()) {
            String text = r.get(1).toString();
            assertFalse(text.startsWith(",") || text.startsWith(";"), text);
        }
    }

    @Test
    void conflictsAliasesSearchAndWhyHoldOnAnyStory() throws Exception {
        Table conflicts = run("conflicts");
        Map<String, Set<String>> values = new HashMap<>();
        for (Row r : conflicts.rows()) {
            values.computeIfAbsent(r.get(0).toString(), k -> new HashSet<>()).add(r.get(2).toString());
            assertFalse(r.get(2).toString().matches("(?i).*\\b(whose|who|which|that)\\b.*"), r.values().toString());
        }
        values.values().forEach(v -> assertTrue(v.size() >= 2, "a conflict has two values: " + v));
        passagesAreTheText(conflicts);

        Table people = run("entities where type = person | sort by sources desc | limit 1");
        Assumptions.assumeFalse(people.rows().isEmpty(), "no person in this story");
        String name = people.rows().get(0).get(0).toString();
        Table aliases = run("aliases of \"" + name + "\"");
        assertEquals(((List<?>) people.rows().get(0).get(3)).size(), aliases.rows().size());
        passagesAreTheText(aliases);

        Table hits = run("search \"the *\"");
        for (Row r : hits.rows()) {
            // "the" and the next word, or the hyphenated word they stand in ("off-the-cuff")
            assertTrue(r.get(hits.indexOf("match")).toString().matches("(?is)(?:[\\p{L}\\p{N}]+-)*the\\W+\\S+"),
                    r.values().toString());
        }
        passagesAreTheText(hits);
        if (!hits.rows().isEmpty()) {
            String why = Why.explain(session, "");
            assertTrue(why.contains("[[") && why.contains("rule: full-text match"), why);
        }
    }
}
