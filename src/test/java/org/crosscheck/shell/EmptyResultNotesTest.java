package org.crosscheck.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ingest.Progress;
import org.crosscheck.query.QueryException;
import org.crosscheck.query.Table;
import org.crosscheck.render.Format;
import org.crosscheck.render.Renderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An empty comparison says why it is empty. The corpus is one seed article run by two outlets word for word (as a
 * wire story often is): nothing is only in one of them, no word is key to either, and no value disagrees.
 */
class EmptyResultNotesTest {
    @TempDir
    static Path tmp;
    static OpenCorpus wire;

    @BeforeAll
    static void open() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("wire"));
        Path article = Path.of("seeds").resolve(
                Files.list(Path.of("seeds")).filter(p -> p.getFileName().toString().startsWith("001")).findFirst()
                        .orElseThrow().getFileName());
        Files.copy(article, corpus.resolve("alpha.txt"));
        Files.copy(article, corpus.resolve("beta.txt"));
        wire = new OpenCorpus(Workspace.open(corpus, tmp.resolve("index"), Progress.SILENT));
    }

    @AfterAll
    static void close() {
        OpenCorpus.close(wire);
    }

    static Table empty(String query) throws QueryException {
        Table t = wire.run(query);
        assertEquals(0, t.rows().size(), query + " should be empty on one article twice: " + t.rows());
        assertFalse(t.note().isEmpty(), query + " gives no reason for its empty answer");
        return t;
    }

    @Test
    void nothingIsOnlyInOneCopy() throws Exception {
        assertFalse(wire.run("claims shared by all").rows().isEmpty(), "the copies share their claims");
        Table only = empty("claims only in alpha");
        assertTrue(only.note().startsWith("every claim group with a claim from alpha"), only.note());
        assertTrue(only.note().contains("has a claim from another source too"), only.note());
        Table missing = empty("claims missing from alpha");
        assertTrue(missing.note().contains("no claim group is reported by two or more sources besides alpha"),
                missing.note());
        Table grid = empty("coverage only in beta");
        assertTrue(grid.note().startsWith("every claim group with a claim from beta"), grid.note());
    }

    @Test
    void noWordIsKeyToEitherCopy() throws Exception {
        Table t = empty("keywords in alpha");
        assertTrue(t.note().startsWith("no word is used by alpha markedly more than by the other sources"), t.note());
    }

    @Test
    void noValueDisagrees() throws Exception {
        Table t = empty("conflicts");
        assertTrue(t.note().startsWith("no two sources give one thing different values"), t.note());
    }

    @Test
    void theReportSaysWhyItHasNoConflict() {
        String html = org.crosscheck.render.HtmlReport.corpus(wire.workspace.model(), "wire");
        int section = html.indexOf("<section id=\"conflicts\">");
        assertTrue(section >= 0);
        assertTrue(html.indexOf("<p class=\"none\">No two sources give one thing different values: of ", section) > 0,
                html.substring(section, Math.min(html.length(), section + 800)));
    }

    @Test
    void theNoteIsInTheTableMarkdownHtmlAndJsonButNotCsv() throws Exception {
        Table t = empty("keywords in beta");
        String table = Renderer.of(Format.TABLE, 0).render(t, "keywords in beta");
        assertTrue(table.contains("(0 rows)\nnote: no word is used by beta"), table);
        JsonNode json = new ObjectMapper().readTree(Renderer.of(Format.JSON, 0).render(t, "keywords in beta"));
        assertEquals(t.note(), json.get("note").asText());
        assertEquals(0, json.get("rows").size());
        assertTrue(Renderer.of(Format.MARKDOWN, 0).render(t, "q").contains("*Note:* no word is used by beta"));
        assertTrue(Renderer.of(Format.HTML, 0).render(t, "q").contains("<p class=\"note\">no word is used by beta"));
        assertFalse(Renderer.of(Format.CSV, 0).render(t, "q").contains("no word"));
        Table sorted = wire.run("keywords in beta | sort by word | limit 3");
        assertEquals(t.note(), sorted.note(), "sorting or cutting an empty result keeps its reason");
    }

    @Test
    void groupingSelectingAndCountingKeepTheReason() throws Exception {
        String note = empty("claims only in alpha").note();
        assertEquals(note, empty("claims only in alpha | group by speakers").note());
        assertEquals(note, empty("claims only in alpha | select text").note());
        Table count = wire.run("claims only in alpha | count");
        assertEquals(List.of(0), count.rows().get(0).values(), "a count of nothing is 0");
        assertEquals(note, count.note(), "the 0 says why");
    }

    @Test
    void csvOnTheCommandLineLeavesTheNoteOnStandardError() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = org.crosscheck.cli.Main.run(new String[] {"--corpus", tmp.resolve("wire").toString(), "--index",
                tmp.resolve("index").toString(), "--format", "csv", "-e", "keywords in beta"},
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        String csv = out.toString(StandardCharsets.UTF_8);
        assertEquals(1, csv.split("\r\n").length, "only the header row: " + csv);
        assertFalse(csv.contains("note"), csv);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("note: no word is used by beta"),
                err.toString(StandardCharsets.UTF_8));
    }
}
