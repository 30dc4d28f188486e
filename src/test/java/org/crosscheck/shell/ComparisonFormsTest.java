package org.crosscheck.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.query.Passage;
import org.crosscheck.query.QueryException;
import org.crosscheck.query.Row;
import org.crosscheck.query.Table;
import org.crosscheck.render.Format;
import org.crosscheck.render.Renderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source comparison forms, /why and /export on the seeds, checked against the articles' own text. */
class ComparisonFormsTest {
    static OpenCorpus seeds;
    static Workspace workspace;
    static Session session;
    static Map<String, String> texts;
    static Map<String, String> byPrefix;

    @TempDir
    Path tmp;

    @BeforeAll
    static void open() throws IOException {
        seeds = OpenCorpus.seeds();
        workspace = seeds.workspace;
        session = seeds.session;
        texts = seeds.texts;
        byPrefix = seeds.byPrefix;
    }

    @AfterAll
    static void close() {
        OpenCorpus.close(seeds);
    }

    static Session.Outcome outcome(String query) throws QueryException {
        return seeds.outcome(query);
    }

    static Table run(String query) throws QueryException {
        return outcome(query).table();
    }

    static List<Object> column(Table t, String name) {
        int i = t.indexOf(name);
        assertTrue(i >= 0, "no column " + name + " in " + t.columns());
        return t.rows().stream().map(r -> r.get(i)).toList();
    }

    static String id(String prefix) {
        return byPrefix.get(prefix);
    }

    /** Every row says why it is there, and its passages are the sources' own text at their offsets. */
    static void provenanceHolds(Table t) {
        for (Row r : t.rows()) {
            assertFalse(r.why().rule().isBlank(), "a row without a rule: " + r.values());
            assertFalse(r.why().passages().isEmpty(), "a row without passages: " + r.values());
            for (Passage p : r.why().passages()) {
                assertEquals(texts.get(p.source()).substring(p.start(), p.end()), p.text());
            }
        }
    }

    @Test
    void coverageIsAGridOfClaimGroupsBySource() throws Exception {
        Table t = run("coverage");
        List<String> marks = List.of("000", "001", "002", "003", "004");
        for (String m : marks) {
            assertTrue(t.indexOf(m) >= 0, "a column per source: " + t.columns());
        }
        int previous = Integer.MAX_VALUE;
        for (Row r : t.rows()) {
            int n = ((Number) r.get(t.indexOf("sources"))).intValue();
            assertTrue(n <= previous, "most widely reported first");
            previous = n;
            long marked = marks.stream().filter(m -> Boolean.TRUE.equals(r.get(t.indexOf(m)))).count();
            assertEquals(n, marked, "the count is the number of marks");
            for (Passage p : r.why().passages()) {
                assertEquals(Boolean.TRUE, r.get(t.indexOf(p.source().substring(0, 3))),
                        "a source with a passage is marked");
            }
        }
        Row top = t.rows().get(0);
        assertEquals(5, top.get(t.indexOf("sources")));
        assertTrue(top.get(t.indexOf("claim")).toString().contains("capture"), top.values().toString());
        provenanceHolds(t);

        JsonNode json = new ObjectMapper().readTree(Renderer.of(Format.JSON, 0).render(t, "coverage"));
        JsonNode first = json.get("rows").get(0);
        assertTrue(first.get("claim").isTextual());
        assertEquals(5, first.get("sources").asInt());
        assertTrue(first.get("002").isBoolean() && first.get("002").asBoolean());
        String grid = Renderer.of(Format.TABLE, 0).render(t, "coverage");
        assertTrue(grid.lines().skip(2).findFirst().orElseThrow().contains("●   | ●"), grid);
        assertTrue(grid.contains("·"), "unmarked cells");

        // the same marks under each full source id, in JSON and CSV; the grid keeps the short labels only
        for (String m : marks) {
            String full = id(m);
            assertTrue(first.get(full).isBoolean(), "a column under the full id " + full + ": " + first);
            for (int k = 0; k < t.rows().size(); k++) {
                JsonNode row = json.get("rows").get(k);
                assertEquals(row.get(m).asBoolean(), row.get(full).asBoolean(), full + " row " + k);
                assertEquals(row.get(full).asBoolean(),
                        t.rows().get(k).why().passages().stream().anyMatch(p -> p.source().equals(full)),
                        full + " row " + k + ": marked when the group has a passage of " + full);
            }
            assertFalse(grid.contains(full), "the grid shows short labels only");
        }
        String csvHeader = Renderer.of(Format.CSV, 0).render(t, "coverage").lines().findFirst().orElseThrow();
        assertTrue(csvHeader.startsWith("sources,000,001,002,003,004,claim,id,"), csvHeader);
        assertTrue(csvHeader.contains(id("002")), csvHeader);
        assertFalse(Renderer.of(Format.MARKDOWN, 0).render(t, "coverage").contains(id("002")));
        assertFalse(Renderer.of(Format.HTML, 0).render(t, "coverage").contains(">" + id("002") + "</th>"));
        assertTrue(Renderer.of(Format.HTML, 0).render(t, "coverage").contains(">002</th>"));
        assertEquals(1, run("coverage | select claim, " + id("002")).columns().size() - 1);
        assertTrue(Renderer.of(Format.TABLE, 0).render(run("coverage | select claim, " + id("002")), "")
                .contains(id("002")), "a full-id column alone is shown");

        Table shared = run("coverage shared by 4 | where 001");
        assertTrue(shared.rows().stream().allMatch(r -> ((Number) r.get(0)).intValue() >= 4
                && Boolean.TRUE.equals(r.get(shared.indexOf("001")))));
    }

    @Test
    void claimsSharedBy() throws Exception {
        Table four = run("claims shared by 4");
        assertFalse(four.rows().isEmpty());
        assertTrue(column(four, "sources").stream().allMatch(s -> ((List<?>) s).size() >= 4));
        Table all = run("claims shared by all");
        assertFalse(all.rows().isEmpty());
        assertTrue(column(all, "sources").stream().allMatch(s -> ((List<?>) s).size() == 5));
        assertTrue(all.rows().size() < four.rows().size());
        // every source really reports the capture of two Chinese
        for (String text : texts.values()) {
            assertTrue(Pattern.compile("(?i)captur").matcher(text).find());
        }
        assertEquals(all.rows().size(), ((Number) run("claims shared by all | count").rows().get(0).get(0)).intValue());
        QueryException e = assertThrows(QueryException.class, () -> run("claims shared by 6"));
        assertTrue(e.getMessage().contains("only 5 sources"), e.getMessage());
        assertEquals(1, e.line());
        assertEquals(18, e.column());
        provenanceHolds(four);
    }

    @Test
    void claimsOnlyInOneSource() throws Exception {
        Table only = run("claims only in 002");
        assertFalse(only.rows().isEmpty());
        for (Row r : only.rows()) {
            assertEquals(List.of(id("002")), r.get(only.indexOf("sources")));
            for (Passage p : r.why().passages()) {
                assertEquals(id("002"), p.source());
            }
        }
        List<Object> claims = column(only, "text");
        assertTrue(claims.stream().anyMatch(c -> c.toString().contains("six Chinese soldiers")), claims.toString());
        // "six" is in 002 and in no other source
        for (Map.Entry<String, String> e : texts.entrySet()) {
            assertEquals(e.getKey().equals(id("002")), e.getValue().contains("six Chinese soldiers"));
        }
        assertEquals(only.rows().size(), ((Number) run("claims only in 002 | count").rows().get(0).get(0)).intValue());
        Table combined = run("claims about Putin only in 002");
        assertTrue(combined.rows().size() < only.rows().size());
        assertTrue(combined.rows().stream().allMatch(r -> r.get(1).toString().contains("Putin")));
        provenanceHolds(only);
        assertTrue(only.rows().get(0).why().rule().contains("no source but " + id("002")));
    }

    @Test
    void claimsMissingFromOneSource() throws Exception {
        Table missing = run("claims missing from 002");
        assertFalse(missing.rows().isEmpty());
        for (Row r : missing.rows()) {
            List<?> sources = (List<?>) r.get(missing.indexOf("sources"));
            assertFalse(sources.contains(id("002")));
            assertTrue(sources.size() >= 2);
        }
        // the bank cards quote: 000, 001, 004 give it; 002 does not mention bank cards at all
        assertFalse(texts.get(id("002")).contains("bank cards"));
        assertTrue(column(missing, "text").stream().anyMatch(t -> t.toString().contains("bank cards")));
        assertThrows(QueryException.class, () -> run("claims missing from 002 missing from 001"));
        QueryException e = assertThrows(QueryException.class, () -> run("claims only in 009"));
        assertTrue(e.getMessage().contains("no source '009'"), e.getMessage());
        provenanceHolds(missing);
    }

    @Test
    void aReportOpeningWithItsVerbShowsWhoReportsIt() throws Exception {
        // 003: "…, adding that he would seek an explanation from Beijing …": the clause's span opens with its verb
        Table t = run("claims");
        List<String> text = column(t, "text").stream().map(Object::toString)
                .filter(x -> x.contains("adding that he would seek an explanation")).toList();
        assertEquals(1, text.size(), text.toString());
        assertTrue(text.get(0).startsWith("Volodymyr Zelensky \u2026 adding that"), text.get(0));
    }

    @Test
    void aPhraseWithoutThePossessiveFindsTheQuoteWithIt() throws Exception {
        // three sources write "in the occupier's units"; a user types the noun as a word
        Table t = run("variants \"the occupier\"");
        assertEquals(run("variants \"the occupier's units\"").rows().stream().map(Row::values).toList(),
                t.rows().stream().map(Row::values).toList());
        long holding = t.rows().stream().filter(r -> r.get(t.indexOf("text")).toString().contains("occupier's")).count();
        assertTrue(holding >= 3, t.rows().toString());
    }

    @Test
    void aPhraseOutsideQuotesSaysWhereItIs() {
        assertTrue(texts.get(id("000")).contains("thousands of its troops"));
        QueryException e = assertThrows(QueryException.class, () -> run("variants \"thousands of its troops\""));
        assertTrue(e.getMessage().contains("no quote contains 'thousands of its troops'; the words are in the text of "
                + id("000") + " but in no quotation or reported speech"), e.getMessage());
    }

    @Test
    void variantsAlignEverySourcesRendering() throws Exception {
        Table t = run("variants \"clear signal\"");
        assertEquals(t.rows(), run("variants of \"clear signal\"").rows());
        Set<Object> sources = new HashSet<>(column(t, "source"));
        assertEquals(5, sources.size(), "all five sources render the quote");
        Map<String, String> kind = new HashMap<>();
        Map<String, String> diff = new HashMap<>();
        for (Row r : t.rows()) {
            String src = r.get(t.indexOf("source")).toString().substring(0, 3);
            kind.put(src, r.get(t.indexOf("kind")).toString());
            diff.put(src, r.get(t.indexOf("diff")).toString());
            assertTrue(Set.of("verbatim", "trimmed", "reworded", "paraphrase").contains(kind.get(src)));
        }
        assertTrue(kind.containsValue("verbatim"), kind.toString());
        for (String src : kind.keySet()) {
            boolean marked = diff.get(src).contains("[-") || diff.get(src).contains("{+");
            assertEquals(!kind.get(src).equals("verbatim"), marked, src + ": " + diff.get(src));
        }
        // 003 writes "anything except end the war" where the others write "but"
        assertTrue(texts.get(id("003")).contains("anything except end the war"));
        assertEquals("reworded", kind.get("003"));
        assertTrue(diff.get("003").contains("[-but-] {+except+}"), diff.get("003"));
        // 001 only quotes the two words
        assertEquals("trimmed", kind.get("001"));
        // 004 reports the sentence in its own words and quotes its end: the rendering is the words in quotation
        // marks inside that reported clause, pointing at the marks in the source text
        assertEquals("trimmed", kind.get("004"), diff.get("004"));
        for (Row r : t.rows()) {
            if (r.get(t.indexOf("source")).toString().startsWith("004")) {
                String marked = texts.get(id("004")).substring(((Number) r.get(t.indexOf("start"))).intValue(),
                        ((Number) r.get(t.indexOf("end"))).intValue());
                assertTrue(marked.startsWith("\u201Ca clear signal") && marked.endsWith("\u201D"), marked);
            }
        }
        provenanceHolds(t);
    }

    @Test
    void conflictsFindSixAgainstTwoAndTheActingMinister() throws Exception {
        Table t = run("conflicts");
        assertEquals(List.of("topic", "source", "value", "text"), t.columns().subList(0, 4).stream()
                .map(c -> c.name()).toList());
        Map<String, Set<String>> chinese = new HashMap<>();
        Map<String, String> sybiha = new HashMap<>();
        for (Row r : t.rows()) {
            String topic = r.get(0).toString();
            String src = r.get(1).toString().substring(0, 3);
            String value = r.get(2).toString();
            if (topic.startsWith("Chinese")) {
                chinese.computeIfAbsent(value, k -> new HashSet<>()).add(src);
            }
            if (topic.contains("Sybiha")) {
                sybiha.put(src, value);
            }
            assertFalse(value.matches(".*\\b(that|for|support)\\b.*"), "not a title: " + value);
        }
        // every topic has two different sources giving different values
        Map<String, Map<String, Set<String>>> byTopic = new HashMap<>();
        for (Row r : t.rows()) {
            byTopic.computeIfAbsent(r.get(0).toString(), k -> new HashMap<>())
                    .computeIfAbsent(r.get(2).toString(), k -> new HashSet<>()).add(r.get(1).toString());
        }
        for (Map.Entry<String, Map<String, Set<String>>> e : byTopic.entrySet()) {
            Set<String> sources = new HashSet<>();
            e.getValue().values().forEach(sources::addAll);
            assertTrue(e.getValue().size() >= 2 && sources.size() >= 2, e.getKey() + ": " + e.getValue());
            assertFalse(e.getValue().values().stream().allMatch(s -> s.equals(sources)),
                    "some source does not give every value: " + e);
        }
        assertEquals(Set.of("002"), chinese.get("6"));
        // the odd one out first in each topic: 002's six, 001's acting minister
        Map<String, Row> firstOfTopic = new java.util.LinkedHashMap<>();
        t.rows().forEach(r -> firstOfTopic.putIfAbsent(r.get(0).toString(), r));
        for (Row r : firstOfTopic.values()) {
            String v = r.get(2).toString();
            if (r.get(0).toString().startsWith("Chinese")) {
                assertEquals("6", v);
            } else if (r.get(0).toString().contains("Sybiha")) {
                assertEquals("acting foreign minister", v);
            }
        }
        assertTrue(chinese.get("2").containsAll(Set.of("000", "001", "003", "004")), chinese.toString());
        assertEquals("acting foreign minister", sybiha.get("001"));
        assertEquals("foreign minister", sybiha.get("003"));
        provenanceHolds(t);
        for (Row r : t.rows()) {
            Passage p = r.why().passages().get(0);
            assertTrue(p.text().toLowerCase().contains(r.get(2).toString().equals("6") ? "six" : ""));
        }
    }

    @Test
    void aliasesGiveEachSourcesNames() throws Exception {
        Table t = run("aliases of Zelensky");
        assertEquals(List.of("source", "names", "counts", "mentions"), t.columns().stream().map(c -> c.name()).toList());
        assertEquals(5, t.rows().size());
        Pattern yy = Pattern.compile("\\bZelenskyy\\b");
        Pattern y = Pattern.compile("\\bZelensky\\b");
        for (Row r : t.rows()) {
            String src = r.get(0).toString();
            List<?> names = (List<?>) r.get(1);
            boolean doubleY = yy.matcher(texts.get(src)).find();
            boolean singleY = y.matcher(texts.get(src)).find();
            assertEquals(doubleY, names.stream().anyMatch(n -> n.toString().endsWith("Zelenskyy")), src + names);
            assertEquals(singleY, names.stream().anyMatch(n -> n.toString().endsWith("Zelensky")), src + names);
            int total = ((Number) r.get(3)).intValue();
            assertTrue(total > 0 && total <= count(doubleY ? yy : y, texts.get(src)), src + " " + total);
        }
        assertEquals("Zelenskyy", ((List<?>) t.rows().get(0).get(1)).get(0));
        assertEquals(t.rows(), run("aliases of zelenskyy").rows());
        provenanceHolds(t);
        QueryException e = assertThrows(QueryException.class, () -> run("aliases of Nobodyhere"));
        assertTrue(e.getMessage().contains("no entity named"), e.getMessage());
    }

    static int count(Pattern p, String text) {
        Matcher m = p.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void wildcardWordInAPhraseMatchesTheWholeSpan() throws Exception {
        Table hits = run("search \"Chinese *\"");
        assertFalse(hits.rows().isEmpty());
        for (Row r : hits.rows()) {
            String match = r.get(hits.indexOf("match")).toString();
            assertTrue(match.matches("Chinese [\\p{L}]+"), match);
            int start = ((Number) r.get(hits.indexOf("start"))).intValue();
            int end = ((Number) r.get(hits.indexOf("end"))).intValue();
            assertEquals(match, texts.get(r.get(0).toString()).substring(start, end));
        }
        Table grouped = run("search \"Chinese *\" | group by match, source");
        Set<String> pairs = new HashSet<>();
        for (Row r : grouped.rows()) {
            pairs.add(r.get(0) + "@" + r.get(1).toString().substring(0, 3));
        }
        assertTrue(pairs.containsAll(Set.of("Chinese soldiers@000", "Chinese nationals@001", "Chinese soldiers@002",
                "Chinese nationals@003", "Chinese citizens@004")), pairs.toString());
        Table inner = run("search \"two * citizens\"");
        assertTrue(column(inner, "match").stream().allMatch(m -> m.toString().matches("two \\S+ citizens")));
        assertFalse(inner.rows().isEmpty());
        assertTrue(column(run("search \"Chin* citizens\""), "match").contains("Chinese citizens"));
        // the classic syntax still works
        // one hit in each source that names the cards (000's machine summary says it too, but is boilerplate)
        assertEquals(4, run("search \"bank cards\"").rows().size());
        assertFalse(run("search Chin*").rows().isEmpty());
        assertFalse(run("search \"chinese citizens\"~3").rows().isEmpty());
        assertFalse(run("search Zelenskyy~").rows().isEmpty());
        QueryException e = assertThrows(QueryException.class, () -> run("search \"* *\""));
        assertTrue(e.getMessage().contains("a word besides *"), e.getMessage());
    }

    @Test
    void reportingVerbsBySource() throws Exception {
        Table t = run("quotes | group by cue, source");
        Set<String> pairs = new HashSet<>();
        for (Row r : t.rows()) {
            if (r.get(0) != null) {
                pairs.add(r.get(0) + "@" + r.get(1).toString().substring(0, 3));
            }
        }
        assertTrue(pairs.containsAll(Set.of("said@000", "wrote@001", "wrote@002", "stated@003", "added@004")),
                pairs.toString());
        assertTrue(texts.get(id("001")).contains("Zelensky wrote on Telegram"));
        provenanceHolds(t);
        assertTrue(t.rows().get(0).why().rule().contains("cue = "), t.rows().get(0).why().rule());
    }

    @Test
    void whyShowsRulePassagesAndOffsets() throws Exception {
        Session.Outcome conflicts = outcome("conflicts");
        int six = -1;
        for (int i = 0; i < conflicts.table().rows().size(); i++) {
            if (conflicts.table().rows().get(i).get(2).equals("6")) {
                six = i + 1;
            }
        }
        String why = Why.explain(session, conflicts.name() + " " + six);
        assertTrue(why.contains("rule: count"), why);
        assertTrue(why.contains("[[six Chinese soldiers]]"), why);
        Row row = conflicts.table().rows().get(six - 1);
        Passage p = row.why().passages().get(0);
        assertTrue(why.contains(p.source() + " [" + p.start() + ", " + p.end() + ")"), why);
        assertTrue(Why.explain(session, "").startsWith(conflicts.name() + " row 1 of"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Why.explain(session, conflicts.name() + " 999"));
        assertTrue(e.getMessage().contains("rows are 1 to"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Why.explain(session, "$999 1"));
        // every comparison form fills the provenance
        for (String q : List.of("coverage", "claims only in 001", "aliases of Sybiha", "variants \"bank cards\"",
                "search \"Chinese *\"")) {
            provenanceHolds(run(q));
        }
    }

    @Test
    void exportWritesTheCorpusReportOrOneResult() throws Exception {
        Path corpusPage = tmp.resolve("report.html");
        String said = Export.run(session, workspace.corpus(), "html " + corpusPage);
        assertTrue(said.startsWith("Wrote the corpus report"), said);
        String html = Files.readString(corpusPage);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("Sybiha"));
        Session.Outcome o = outcome("aliases of Zelensky");
        Path resultPage = tmp.resolve("sub/aliases.html");
        Export.run(session, workspace.corpus(), "html " + resultPage + " " + o.name());
        String page = Files.readString(resultPage);
        assertTrue(page.contains("aliases of Zelensky") && page.contains("Zelenskyy"));
        assertThrows(IllegalArgumentException.class, () -> Export.run(session, workspace.corpus(), "pdf x.pdf"));
        assertThrows(IllegalArgumentException.class,
                () -> Export.run(session, workspace.corpus(), "html " + tmp.resolve("x.html") + " $999"));
        IllegalArgumentException inCorpus = assertThrows(IllegalArgumentException.class,
                () -> Export.run(session, workspace.corpus(), "html " + workspace.corpus().resolve("x.html")));
        assertTrue(inCorpus.getMessage().contains("corpus folder"));
        assertFalse(Files.exists(workspace.corpus().resolve("x.html")));
    }

    @Test
    void softKeywordsStayWords() throws Exception {
        assertFalse(run("entities | where aliases ~ Zelenskyy | select name, aliases").rows().isEmpty());
        assertTrue(run("sentences | where text ~ only | count").rows().get(0).get(0) instanceof Number);
    }
}
