package org.crosscheck.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.query.QueryLanguage;
import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell driven through a JLine terminal on piped streams, over the seeds. */
class ReplTest {
    static Workspace workspace;

    @TempDir
    Path tmp;

    @BeforeAll
    static void open() throws Exception {
        workspace = SeedIndex.open();
    }

    @AfterAll
    static void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    private ReplDriver start(Path history) throws Exception {
        ReplDriver d = new ReplDriver(new Session(workspace.model()), history);
        d.waitFor(Repl.PROMPT);
        return d;
    }

    @Test
    void queriesAreNumberedAndShownWithAHeader() throws Exception {
        try (ReplDriver d = start(tmp.resolve("history"))) {
            d.type("sources\r");
            String shown = d.waitFor("(5 rows)");
            assertTrue(shown.contains("$1 ==>"), shown);
            d.waitFor(Repl.PROMPT);
            d.type("let bel = claims about Belgorod\r");
            assertTrue(d.waitFor(Repl.PROMPT).contains("bel ==>"));
            d.type("$1 | count\r");
            String count = d.waitFor("(1 row)");
            assertTrue(count.contains("$2 ==>"), count);
            assertTrue(count.contains("5"), count);
            d.waitFor(Repl.PROMPT);
            d.type("/vars\r");
            String vars = d.waitFor(Repl.PROMPT);
            assertTrue(vars.contains("$1") && vars.contains("5 rows") && vars.contains("sources"), vars);
            assertTrue(vars.contains("bel") && vars.contains("claims about Belgorod"), vars);
            d.type("/list\r");
            String list = d.waitFor(Repl.PROMPT);
            assertTrue(list.contains("1 : sources") && list.contains("3 : $1 | count"), list);
            d.type("/exit\r");
            assertEquals(0, d.awaitExit());
        }
    }

    @Test
    void errorsAreShownAndTheSessionGoesOn() throws Exception {
        try (ReplDriver d = start(null)) {
            d.type("sources | limt 2\r");
            String error = d.waitFor(Repl.PROMPT);
            assertTrue(error.contains("<input>:1:11: "), error);
            assertTrue(error.contains("            ^"), error);
            d.type("/nope\r");
            String unknown = d.waitFor(Repl.PROMPT);
            assertTrue(unknown.contains("Unknown command /nope") && unknown.contains("/help"), unknown);
            d.type("sources | limit 2\r");
            assertTrue(d.waitFor("(2 rows)").contains("$1 ==>"));
        }
    }

    @Test
    void anUnfinishedQueryContinuesOnTheNextLine() throws Exception {
        assertEquals(QueryLanguage.Input.INCOMPLETE, QueryLanguage.check("sources |"));
        try (ReplDriver d = start(null)) {
            d.type("sources |\r");
            d.waitFor(Repl.CONTINUATION);
            d.type("limit 3\r");
            d.waitFor("(3 rows)");
            assertEquals("sources |\nlimit 3", d.repl().session().snippets().get(0).text().strip());
        }
    }

    @Test
    void tabCompletesEntityNamesCommandsAndSources() throws Exception {
        try (ReplDriver d = start(null)) {
            List<String> names = candidates(d, "mentions of Sy");
            assertTrue(names.stream().anyMatch(n -> n.contains("Sybiha")), names.toString());
            List<String> commands = candidates(d, "/fo");
            assertTrue(commands.contains("/format"), commands.toString());
            List<String> formats = candidates(d, "/format j");
            assertTrue(formats.contains("json"), formats.toString());
            List<String> keywords = candidates(d, "sources | li");
            assertTrue(keywords.contains("limit"), keywords.toString());
            // the same through the keyboard: Tab inserts the name, Enter runs it
            d.type("mentions of Sybi\t");
            d.waitFor("Sybiha");
            d.type("\r");
            d.waitFor("rows)");
            String ran = d.repl().session().snippets().get(0).text();
            assertTrue(ran.matches("(?i)mentions of \"?[\\w ]*Sybiha\"?\\s*"), ran);
        }
    }

    /** The candidates the shell offers for the text left of the cursor, as JLine would filter them. */
    private static List<String> candidates(ReplDriver d, String before) {
        Parser parser = d.repl().reader().getParser();
        ParsedLine line = parser.parse(before, before.length(), Parser.ParseContext.COMPLETE);
        List<Candidate> all = new ArrayList<>();
        d.repl().completer().complete(d.repl().reader(), line, all);
        String word = line.word().substring(0, line.wordCursor()).toLowerCase();
        return all.stream().map(Candidate::value).filter(v -> v.toLowerCase().startsWith(word)).toList();
    }

    @Test
    void historyPersistsAcrossSessions() throws Exception {
        Path history = tmp.resolve("state/crosscheck/history");
        try (ReplDriver d = start(history)) {
            d.type("sources | limit 1\r");
            d.waitFor("(1 row)");
            d.waitFor(Repl.PROMPT);
            d.type("/timing on\r");
            d.waitFor(Repl.PROMPT);
            d.type("\u0004"); // Ctrl-D
            assertEquals(0, d.awaitExit());
        }
        assertTrue(Files.readString(history).contains("sources | limit 1"));
        try (ReplDriver d = start(history)) {
            d.type("/history\r");
            String shown = d.waitFor(Repl.PROMPT);
            assertTrue(shown.contains("sources | limit 1") && shown.contains("/timing on"), shown);
            // Up twice recalls the query of the first session
            d.type("\u001b[A\u001b[A\u001b[A\r");
            assertTrue(d.waitFor("(1 row)").contains("$1 ==>"));
        }
    }

    @Test
    void ctrlCAtThePromptDropsTheLine() throws Exception {
        try (ReplDriver d = start(null)) {
            d.type("claims about");
            d.waitFor("claims about");
            d.type("\u0003");
            d.waitFor(Repl.PROMPT);
            d.type("sources | count\r");
            d.waitFor("(1 row)");
            assertEquals(1, d.repl().session().snippets().size());
            assertEquals("sources | count", d.repl().session().snippets().get(0).text().strip());
        }
    }

    @Test
    void formatTimingSaveAndOpen() throws Exception {
        Path script = tmp.resolve("saved.ccq");
        try (ReplDriver d = start(null)) {
            d.type("/format json\r");
            d.waitFor("Format: json");
            d.type("sources | limit 1\r");
            String json = d.waitFor(Repl.PROMPT);
            assertTrue(json.contains("{\"query\":\"sources | limit 1\",\"columns\":["), json);
            assertFalse(json.contains("$1 ==>"), "plain rendering in formats other than table");
            d.type("/format markdown\r");
            d.waitFor("Format: markdown");
            d.type("/timing on\r");
            d.waitFor("Timing: on");
            d.type("$1\r");
            String md = d.waitFor(Repl.PROMPT);
            assertTrue(md.contains("| --- |") && md.matches("(?s).*\\(\\d+ ms\\).*"), md);
            d.type("/save " + script + "\r");
            d.waitFor("Saved 2 statements");
            d.type("/sources\r");
            String sources = d.waitFor(Repl.PROMPT);
            assertTrue(sources.contains("000_c2f8d4d0e22b6142"), sources);
            d.type("/help\r");
            String help = d.waitFor(Repl.PROMPT);
            assertTrue(help.contains("/format") && help.contains("/open") && help.contains("mentions"), help);
        }
        assertEquals(List.of("sources | limit 1", "$1"), Files.readAllLines(script));
        try (ReplDriver d = start(null)) {
            d.type("/open " + script + "\r");
            String opened = d.waitFor(Repl.PROMPT);
            assertTrue(opened.contains("$1 ==>") && opened.contains("$2 ==>"), opened);
            Path bad = tmp.resolve("bad.ccq");
            Files.writeString(bad, "sources\nsources | limt 1\n");
            d.type("/open " + bad + "\r");
            String error = d.waitFor(Repl.PROMPT);
            assertTrue(error.contains(bad + ":2:11: "), error);
        }
    }
}
