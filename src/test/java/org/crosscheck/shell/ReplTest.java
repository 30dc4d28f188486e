package org.crosscheck.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
            String shown = d.enter("sources");
            assertTrue(shown.contains("$1 ==>") && shown.contains("(5 rows)"), shown);
            assertTrue(d.enter("let bel = claims about Belgorod").contains("bel ==>"));
            String count = d.enter("$1 | count");
            assertTrue(count.contains("$2 ==>") && count.contains("(1 row)") && count.contains("5"), count);
            String vars = d.enter("/vars");
            assertTrue(vars.contains("$1") && vars.contains("5 rows") && vars.contains("sources"), vars);
            assertTrue(vars.contains("bel") && vars.contains("claims about Belgorod"), vars);
            String list = d.enter("/list");
            assertTrue(list.contains("1 : sources") && list.contains("3 : $1 | count"), list);
            d.type("/exit\r");
            assertEquals(0, d.awaitExit());
        }
    }

    @Test
    void errorsAreShownAndTheSessionGoesOn() throws Exception {
        try (ReplDriver d = start(null)) {
            String error = d.enter("sources | limt 2");
            assertTrue(error.contains("<input>:1:11: "), error);
            assertTrue(error.contains("\n            ^"), error);
            String unknown = d.enter("/nope");
            assertTrue(unknown.contains("Unknown command /nope") && unknown.contains("/help"), unknown);
            String missing = d.enter("$7 | count");
            assertTrue(missing.contains("<input>:1:1: "), missing);
            String ok = d.enter("sources | limit 2");
            assertTrue(ok.contains("$1 ==>") && ok.contains("(2 rows)"), ok);
        }
    }

    @Test
    void anUnfinishedQueryContinuesOnTheNextLine() throws Exception {
        assertEquals(QueryLanguage.Input.INCOMPLETE, QueryLanguage.check("sources |"));
        try (ReplDriver d = start(null)) {
            d.type("sources |\r");
            d.waitFor(Repl.CONTINUATION);
            assertTrue(d.enter("limit 3").contains("(3 rows)"));
            assertEquals("sources |\nlimit 3", d.repl().session().snippets().get(0).text().strip());
        }
    }

    @Test
    void tabCompletesEntityNamesCommandsKeywordsAndSources() throws Exception {
        try (ReplDriver d = start(null)) {
            List<String> names = candidates(d, "mentions of Sy");
            assertTrue(names.contains("Sybiha"), names.toString());
            assertTrue(candidates(d, "/fo").contains("/format"));
            assertTrue(candidates(d, "/format j").contains("json"));
            assertTrue(candidates(d, "sources | li").contains("limit"));
            assertTrue(candidates(d, "quotes in 00").contains("002_307f1b5bf0e7b686"));
            d.enter("let bel = claims about Belgorod");
            assertTrue(candidates(d, "be").contains("bel"), candidates(d, "be").toString());
            // the same through the keyboard: Tab inserts the name, Enter runs it
            d.type("mentions of Sybi\t");
            d.waitForBuffer("mentions of Sybiha ");
            assertTrue(d.enter("").contains("$1 ==>"));
            assertEquals("mentions of Sybiha", d.repl().session().snippets().get(1).text().strip());
        }
    }

    /** The candidates the shell offers for the text left of the cursor, as JLine filters them. */
    private static List<String> candidates(ReplDriver d, String before) {
        Parser parser = d.repl().reader().getParser();
        ParsedLine line = parser.parse(before, before.length(), Parser.ParseContext.COMPLETE);
        List<Candidate> all = new ArrayList<>();
        d.repl().completer().complete(d.repl().reader(), line, all);
        String word = line.word().substring(0, line.wordCursor()).toLowerCase(Locale.ROOT);
        return all.stream().map(Candidate::value).filter(v -> v.toLowerCase(Locale.ROOT).startsWith(word)).toList();
    }

    @Test
    void historyPersistsAcrossSessions() throws Exception {
        Path history = tmp.resolve("state/crosscheck/history");
        try (ReplDriver d = start(history)) {
            d.enter("sources | limit 1");
            d.enter("/timing on");
            d.type("\u0004"); // Ctrl-D
            assertEquals(0, d.awaitExit());
        }
        assertTrue(Files.readString(history).contains("sources | limit 1"));
        try (ReplDriver d = start(history)) {
            String shown = d.enter("/history");
            assertTrue(shown.contains("sources | limit 1") && shown.contains("/timing on"), shown);
            // Ctrl-P three times (past /history and /timing on) recalls the first session's query
            d.type("\u0010\u0010\u0010");
            d.waitForBuffer("sources | limit 1");
            String again = d.enter("");
            assertTrue(again.contains("$1 ==>") && again.contains("(1 row)"), again);
        }
    }

    @Test
    void ctrlCAtThePromptDropsTheLine() throws Exception {
        try (ReplDriver d = start(null)) {
            d.type("claims about");
            d.waitForBuffer("claims about");
            d.type("\u0003");
            d.waitFor(Repl.PROMPT);
            assertTrue(d.enter("sources | count").contains("(1 row)"));
            assertEquals(1, d.repl().session().snippets().size());
            assertEquals("sources | count", d.repl().session().snippets().get(0).text().strip());
        }
    }

    @Test
    void ctrlCCancelsARunningScriptAndTheSessionGoesOn() throws Exception {
        // a long evaluation made of real queries: a script of thousands of statements over the seeds
        Path script = tmp.resolve("long.ccq");
        Files.writeString(script, "claims | sort by sources desc\n".repeat(20_000));
        try (ReplDriver d = start(null)) {
            d.type("/open " + script + "\r");
            d.waitFor("$1 ==>");
            d.type("\u0003");
            String rest = d.waitFor(Repl.PROMPT);
            assertTrue(rest.contains("Query cancelled."), rest.length() > 2000 ? rest.substring(rest.length() - 2000) : rest);
            int ran = d.repl().session().snippets().size();
            assertTrue(ran >= 1 && ran < 20_000, "stopped part way: " + ran);
            String after = d.enter("sources | count");
            assertTrue(after.contains("$" + (ran + 1) + " ==>") && after.contains("(1 row)"), after);
        }
    }

    @Test
    void whyAndExportInTheShell() throws Exception {
        Path page = tmp.resolve("coverage.html");
        Path report = tmp.resolve("report.html");
        Path script = tmp.resolve("why.ccq");
        try (ReplDriver d = start(null)) {
            String grid = d.enter("coverage shared by all");
            assertTrue(grid.contains("$1 ==>") && grid.contains("●"), grid);
            String why = d.enter("/why $1 1");
            assertTrue(why.contains("$1 row 1 of") && why.contains("rule: claim group") && why.contains("[["), why);
            assertTrue(d.enter("/why $1 99").contains("rows are 1 to"));
            assertTrue(d.enter("/export html " + page + " $1").contains("Wrote result $1"));
            assertTrue(d.enter("/export html " + report).contains("Wrote the corpus report"));
            assertTrue(d.enter("/export").contains("Usage: /export html FILE"));
            String help = d.enter("/help");
            assertTrue(help.contains("/why") && help.contains("/export"), help);
            String claimsHelp = d.enter("/help claims");
            assertTrue(claimsHelp.contains("claims only in SOURCE") && claimsHelp.contains("claims shared by"), claimsHelp);
            Files.writeString(script, "conflicts | where value = 6\n/why $2 1\n");
            String opened = d.enter("/open " + script);
            assertTrue(opened.contains("$2 ==>") && opened.contains("[[six Chinese soldiers]]"), opened);
        }
        assertTrue(Files.readString(page).contains("coverage shared by all"));
        assertTrue(Files.readString(report).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void formatTimingSaveOpenSourcesAndHelp() throws Exception {
        Path script = tmp.resolve("saved.ccq");
        try (ReplDriver d = start(null)) {
            assertTrue(d.enter("/format json").contains("Format: json"));
            String json = d.enter("sources | limit 1");
            assertTrue(json.contains("{\"query\":\"sources | limit 1\",\"columns\":["), json);
            assertFalse(json.contains("$1 ==>"), "plain rendering in formats other than table");
            d.enter("/format markdown");
            assertTrue(d.enter("/timing on").contains("Timing: on"));
            String md = d.enter("$1");
            assertTrue(md.contains("| --- |") && md.matches("(?s).*\\(\\d+ ms\\).*"), md);
            assertTrue(d.enter("/save " + script).contains("Saved 2 statements"));
            d.enter("/format table");
            String sources = d.enter("/sources");
            assertTrue(sources.contains("000_c2f8d4d0e22b6142") && sources.contains("(5 rows)"), sources);
            String help = d.enter("/help");
            assertTrue(help.contains("/format") && help.contains("/open") && help.contains("mentions"), help);
            String topic = d.enter("/help mentions");
            assertTrue(topic.lines().anyMatch(l -> l.startsWith("mentions ")), topic);
        }
        assertEquals(List.of("sources | limit 1", "$1"), Files.readAllLines(script));
        try (ReplDriver d = start(null)) {
            String opened = d.enter("/open " + script);
            assertTrue(opened.contains("$1 ==>") && opened.contains("$2 ==>"), opened);
            Path bad = tmp.resolve("bad.ccq");
            Files.writeString(bad, "sources\n\nsources | limt 1\n");
            String error = d.enter("/open " + bad);
            assertTrue(error.contains(bad + ":3:11: "), error);
            assertTrue(d.enter("/open " + tmp.resolve("none.ccq")).contains("Cannot read"));
        }
    }
}
