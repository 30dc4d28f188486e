package org.crosscheck.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.annotate.CorpusBuilder;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.ClaimGroup;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.CorpusModel;
import org.crosscheck.model.IndexStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claim rows that count a reprint as a second source say so: two seed articles and a third file that runs the
 * second one again (as a collection may hold one article twice, or two outlets run one wire story).
 */
class RepeatNotesTest {
    @TempDir
    static Path tmp;
    static CorpusModel model;
    static final String SECOND = "002_307f1b5bf0e7b686";
    static final String REPRINT = "reprint";

    @BeforeAll
    static void build() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (String name : List.of("001_c223dd368594db84", SECOND)) {
            Files.copy(Path.of("seeds", name + ".txt"), corpus.resolve(name + ".txt"));
        }
        Files.copy(Path.of("seeds", SECOND + ".txt"), corpus.resolve(REPRINT + ".txt"));
        Corpus c = CorpusBuilder.build(corpus, Progress.SILENT);
        IndexStore.write(c, tmp.resolve("index"), "reprint", Progress.SILENT);
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

    static boolean both(List<?> sources) {
        return sources.contains(SECOND) && sources.contains(REPRINT);
    }

    @Test
    void rowsThatCountTheReprintAsASecondSourceAreCountedInTheNote() throws QueryException {
        Table shared = run("claims shared by 2");
        int i = shared.indexOf("sources");
        long twice = shared.rows().stream().filter(r -> both((List<?>) r.get(i))).count();
        long withFirst = shared.rows().stream().filter(r -> both((List<?>) r.get(i))
                && ((List<?>) r.get(i)).contains("001_c223dd368594db84")).count();
        assertTrue(twice > 10, "the reprint shares the article's claims: " + twice);
        assertTrue(shared.note().contains(SECOND + " and " + REPRINT + " repeat each other"), shared.note());
        assertTrue(shared.note().contains(twice + " of these " + shared.rows().size() + " rows count a source and one"
                + " that repeats it as two sources"), shared.note());
        // a group of the article and its reprint alone is one reporting: it reaches 2 sources only so
        assertTrue(shared.note().contains((twice - withFirst) + " of them reach 2 sources only so"), shared.note());
        // each such row's /why says how many reportings it rests on
        for (Row r : shared.rows()) {
            List<?> sources = (List<?>) r.get(i);
            assertEquals(both(sources), r.why().rule().contains("repeat each other: " + (sources.size() - 1)
                    + " reporting"), r.why().rule());
        }
    }

    @Test
    void onlyInTheArticleIsEmptyAndTheNoteCountsWhatItsReprintAloneShares() throws QueryException {
        Table only = run("claims only in " + REPRINT);
        assertTrue(only.rows().isEmpty(), "every claim of a reprint is its article's too");
        long alone = model.claimGroups().stream().map(ClaimGroup::sources)
                .filter(s -> s.size() == 2 && both(s)).count();
        assertTrue(alone > 5, "claims of the article no other source has: " + alone);
        assertTrue(only.note().contains(alone + " more claim groups are reported by " + REPRINT
                + " and otherwise only by a source that repeats it"), only.note());
    }

    @Test
    void rowsOfIndependentReportsSayNothingAndCoverageCountsTheReprintToo() throws QueryException {
        Table shared = run("claims shared by 2 in \"001_c223dd368594db84\"");
        int i = shared.indexOf("sources");
        for (Row r : shared.rows()) {
            List<?> sources = (List<?>) r.get(i);
            if (!both(sources)) {
                assertFalse(r.why().rule().contains("repeat"), r.why().rule());
            }
        }
        Table coverage = run("coverage");
        assertTrue(coverage.note().contains("rows count a source and one that repeats it"), coverage.note());
    }

    @Test
    void theHtmlReportNamesTheRepeatAndMarksTheRowsThatCountIt() {
        String html = org.crosscheck.render.HtmlReport.corpus(model, "reprint");
        long twice = model.claimGroups().stream().filter(g -> both(g.sources())).count();
        assertTrue(html.contains("<p class=\"note\" id=\"coverage-repeats\">" + twice + " of these rows (marked *)"),
                "the grid's note counts the rows holding the article and its reprint");
        assertEquals(twice, html.split("<td class=\"num repeat\"", -1).length - 1L);
        assertTrue(html.contains("<th>repeats</th>"), "the sources table names what each source repeats");
    }
}
