package org.crosscheck.cli;

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
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.shell.SeedIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line run in-process with captured streams, on the seeds. */
class MainTest {
    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Arguments with the seeds and the shared test index first. */
    static String[] seeds(String... more) {
        List<String> args = new ArrayList<>(List.of("--corpus", SeedIndex.SEEDS.toString(),
                "--index", SeedIndex.index().toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void usageErrorsExitWithTwo() {
        Run r = run("", "--no-such-option");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--no-such-option"), r.err());
        Run f = run("", "--format", "xml", "-e", "sources");
        assertEquals(2, f.code());
        assertTrue(f.err().contains("xml"), f.err());
        Run missing = run("", "--corpus", tmp.resolve("nowhere").toString(), "-e", "sources");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("corpus folder not found"), missing.err());
    }

    @Test
    void helpAndVersionExitWithZero() {
        Run h = run("", "--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("--corpus=DIR") && h.out().contains("-e, --execute=QUERY"), h.out());
        Run v = run("", "--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("crosscheck "), v.out());
    }

    @Test
    void syntaxErrorInAnExpressionIsReportedAtItsColumn() {
        Run r = run("", "--corpus", SeedIndex.SEEDS.toString(), "-e", "sources | limt 2");
        assertEquals(1, r.code());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.get(0).startsWith("<input>:1:11: "), r.err());
        assertTrue(lines.get(0).contains("limit"), "says what was expected: " + r.err());
        assertEquals("  sources | limt 2", lines.get(1));
        assertEquals("            ^", lines.get(2));
        assertEquals("", r.out());
    }

    @Test
    void syntaxErrorInAScriptIsReportedAtItsLineInTheFile() throws IOException {
        Path script = tmp.resolve("story.ccq");
        Files.writeString(script, "# the sources first\nsources\n\nlet bel = claims about Belgorod\n"
                + "bel | sort by sources dsc\nsources\n");
        Run r = run("", "--corpus", SeedIndex.SEEDS.toString(), script.toString());
        assertEquals(1, r.code());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.get(0).startsWith(script + ":5:23: "), r.err());
        assertEquals("  bel | sort by sources dsc", lines.get(1));
        assertEquals("  " + " ".repeat(22) + "^", lines.get(2));
    }

    @Test
    void scriptFromStandardInput() {
        Run r = run("sources |\n", "--corpus", SeedIndex.SEEDS.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("<stdin>:1:"), r.err());
    }

    @Test
    void missingScriptFileIsAnError() {
        Run r = run("", "--corpus", SeedIndex.SEEDS.toString(), tmp.resolve("none.ccq").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("none.ccq"), r.err());
    }

    // ---- with the seeds ingested ----

    @Test
    void jsonOutputIsOneObjectPerQuery() throws Exception {
        Run r = run("", seeds("--format", "json", "-e", "sources", "-e", "mentions of Sybiha | limit 2"));
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode first = mapper.readTree(lines.get(0));
        List<String> fields = new ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("query", "columns", "rows"), fields);
        assertEquals("sources", first.get("query").asText());
        assertEquals(5, first.get("rows").size());
        JsonNode columns = first.get("columns");
        assertTrue(columns.isArray() && columns.size() > 0);
        JsonNode row = first.get("rows").get(0);
        for (JsonNode c : columns) {
            assertTrue(row.has(c.asText()), "every row has every column: " + c);
        }
        if (row.has("words")) {
            assertTrue(row.get("words").isNumber(), row.toString());
        }
        JsonNode second = mapper.readTree(lines.get(1));
        assertEquals("mentions of Sybiha | limit 2", second.get("query").asText());
        assertTrue(second.get("rows").size() >= 1 && second.get("rows").size() <= 2, lines.get(1));
        assertTrue(lines.get(1).contains("Sybiha"), lines.get(1));
    }

    @Test
    void expressionsAndScriptsRunInOrderAndShareResults() throws IOException {
        Path script = tmp.resolve("then.ccq");
        Files.writeString(script, "$1 | count\n");
        Run r = run("", seeds("--format", "csv", "-e", "sources", script.toString()));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("count\r\n5\r\n"), r.out());
    }

    @Test
    void tableOutputWithARowCount() {
        Run r = run("", seeds("-e", "sources"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("(5 rows)"), r.out());
        assertFalse(r.out().contains("==>"), "no shell headers on the command line");
    }

    @Test
    void anEvaluationErrorStopsTheScript() throws IOException {
        Path script = tmp.resolve("bad.ccq");
        Files.writeString(script, "sources\n\n$9 | count\nsources\n");
        Run r = run("", seeds(script.toString()));
        assertEquals(1, r.code());
        assertTrue(r.err().startsWith(script + ":3:1: "), r.err());
        assertEquals(1, r.out().split("\\(5 rows\\)", -1).length - 1, "only the first statement ran: " + r.out());
    }
    /** A reopened index reminds of what its build skipped: the build warned once, a later run would say nothing. */
    @Test
    void aReopenedIndexRemindsOfTheFilesItsBuildSkipped() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("a.txt"), "The mayor said the bridge will reopen in May.\n");
        Files.writeString(corpus.resolve("notes.docx"), "PK");
        String[] args = {"--corpus", corpus.toString(), "--index", tmp.resolve("idx").toString(), "-e", "sources"};
        Run first = run("", args);
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().contains("notes.docx: not a format crosscheck reads (.docx;"), first.err());
        assertFalse(first.err().contains("when this index was built"), first.err());
        Run again = run("", args);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("(1 rows)") || again.out().contains("(1 row)"), again.out());
        assertTrue(again.err().contains("when this index was built: 1 file or group of files skipped"), again.err());
    }
}
