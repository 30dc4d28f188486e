package org.crosscheck.render;

import static org.crosscheck.render.HtmlText.count;
import static org.crosscheck.render.HtmlText.elements;
import static org.crosscheck.render.HtmlText.section;
import static org.crosscheck.render.HtmlText.squash;
import static org.crosscheck.render.HtmlText.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimGroup;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.CorpusModel;
import org.crosscheck.model.FileProblem;
import org.crosscheck.model.IndexStore;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report on small hand-made models (no annotation), for shapes the seeds do not have: claims that cross or nest,
 * a claim over boilerplate, line breaks inside and between paragraphs, a skipped file, an empty corpus.
 */
class HtmlReportShapesTest {
    @TempDir
    Path tmp;

    private CorpusModel model(Corpus corpus) throws IOException {
        Path dir = tmp.resolve("index-" + System.nanoTime());
        IndexStore.write(corpus, dir, "test", Progress.SILENT);
        return IndexStore.open(dir);
    }

    private static Sentence sentence(String source, String text, int index, int paragraph, String part, String boiler) {
        int start = text.indexOf(part);
        return new Sentence(source, index, paragraph, start, start + part.length(), part.replace('\n', ' '), boiler);
    }

    @Test
    void crossingAndNestedSpansStayWellFormedAndKeepTheText() throws IOException {
        String text = "Headline <b>bold</b> & more\n\nFirst sentence is here. Second one\nruns on a new line.\n\n"
                + "Third paragraph, \"quoted\".\n\nSubscribe <a href=\"http://x\">now</a>!";
        String id = "a/b c";
        List<Sentence> sentences = List.of(
                sentence(id, text, 0, 0, "Headline <b>bold</b> & more", "headline"),
                sentence(id, text, 1, 1, "First sentence is here.", null),
                sentence(id, text, 2, 1, "Second one\nruns on a new line.", null),
                sentence(id, text, 3, 2, "Third paragraph, \"quoted\".", null),
                sentence(id, text, 4, 3, "Subscribe <a href=\"http://x\">now</a>!", "promotion"));
        int first = text.indexOf("First");
        int second = text.indexOf("Second");
        int third = text.indexOf("Third");
        int quoted = text.indexOf("\"quoted\"");
        List<Claim> claims = List.of(
                // crosses into the next sentence: cut where the outer claim ends when nested
                new Claim("c1", id, "First sentence is here. Second", first, second + 6, 1, "g1", List.of(), null, List.of(), List.of()),
                new Claim("c2", id, "Second one runs on a new line.", second, text.indexOf("line.") + 5, 2, "g2", List.of(), null, List.of(), List.of()),
                new Claim("c3", id, "Third paragraph, \"quoted\".", third, third + 26, 3, "g1", List.of(), "someone", List.of(), List.of()),
                // nested inside c3
                new Claim("c4", id, "\"quoted\"", quoted, quoted + 8, 3, "g3", List.of(), null, List.of(), List.of()),
                // over boilerplate
                new Claim("c5", id, "Subscribe", text.indexOf("Subscribe"), text.indexOf("Subscribe") + 9, 4, "g3", List.of(), null, List.of(), List.of()));
        Source s = new Source(id, "a/b c.txt", "Headline <b>bold</b> & more", 12, Map.of("outlet", "The <Daily>"), text, List.of());
        Source other = new Source("other", "other.txt", "Other", 3, Map.of(), "Third paragraph.", List.of());
        Claim o = new Claim("c6", "other", "Third paragraph.", 0, 16, 0, "g1", List.of(), null, List.of(), List.of());
        Corpus corpus = new Corpus(List.of(s, other), sentences, List.of(), List.of(), List.of(),
                List.of(claims.get(0), claims.get(1), claims.get(2), claims.get(3), claims.get(4), o),
                List.of(new ClaimGroup("g1", "First sentence is here.", List.of(id, "other"), List.of("c1", "c3", "c6"), "test"),
                        new ClaimGroup("g2", "Second one runs on a new line.", List.of(id), List.of("c2"), "test"),
                        new ClaimGroup("g3", "\"quoted\"", List.of(id), List.of("c4", "c5"), "test")),
                List.of(new FileProblem("bad.pdf", "not a text file <binary>", true)));
        try (CorpusModel m = model(corpus)) {
            String html = HtmlReport.corpus(m, null);
            assertTrue(html.contains("<h1>crosscheck report</h1>"));
            String texts = section(html, "texts");
            String div = elements(elements(texts, "article", "<article class=\"source\" id=\"" + Html.anchor("src-", id) + "\"")
                    .getFirst(), "div", "<div class=\"text\">").getFirst();
            // element nesting is balanced for every tag used
            for (String tag : List.of("mark", "span")) {
                assertEquals(count(div, "<" + tag + "\\b"), count(div, "</" + tag + ">"), tag);
                int depth = 0;
                Matcher t = Pattern.compile("<(/?)" + tag + "\\b").matcher(div);
                while (t.find()) {
                    depth += t.group(1).isEmpty() ? 1 : -1;
                    assertTrue(depth >= 0, "closed before opened: " + tag);
                }
            }
            assertEquals(squash(text), squash(text(div)), "the whole text, once");
            String plain = text(div);
            assertTrue(plain.contains("Second one runs on a new line."), "a break inside a paragraph is a space");
            assertTrue(plain.contains("more\n\nFirst"), "paragraphs are apart");
            for (String c : List.of("c1", "c2", "c3", "c4", "c5")) {
                assertEquals(1, count(div, "<mark class=\"claim [a-z]+\" id=\"c-" + c + "\""), c);
            }
            assertTrue(div.contains("<mark class=\"claim shared\" id=\"c-c3\""));
            assertTrue(div.contains("<mark class=\"claim only\" id=\"c-c4\""));
            String c4 = elements(div, "mark", "<mark class=\"claim only\" id=\"c-c4\"").getFirst();
            assertEquals("\"quoted\"", text(c4));
            String c3 = elements(div, "mark", "<mark class=\"claim shared\" id=\"c-c3\"").getFirst();
            assertTrue(c3.contains("id=\"c-c4\""), "c4 nested in c3");
            assertTrue(text(c3).contains("attributed to someone") || c3.contains("attributed to someone"));
            String boiler = elements(div, "span", "<span class=\"boiler\" title=\"not reporting: promotion\"").getFirst();
            assertTrue(boiler.contains("id=\"c-c5\""), "a claim in boilerplate is inside the grey span");
            assertEquals(0, count(html, "(?i)<a\\s[^>]*href=\"(?!#)"), "only in-page links");
            assertEquals(0, count(html, "(?i)<b>"));
            assertTrue(html.contains("The &lt;Daily&gt;"), "outlet shown when present");
            assertTrue(text(section(html, "sources")).contains("not a text file <binary>"), "problems listed");
            String grid = elements(section(html, "coverage"), "tbody", "<tbody>").getFirst();
            assertEquals(3, count(grid, "<tr id=\"g-"));
            assertTrue(grid.indexOf("id=\"g-g1\"") < grid.indexOf("id=\"g-g2\""), "the shared group first");
            assertTrue(section(html, "quotes").contains("No quotation is carried by more than one source."));
        }
    }

    /**
     * A corpus of {@code n} sources of ten reports each: the first two reports shared by every source (two groups),
     * the others each source's own. Sources are s00, s01 …; claim k of source s07 is s07c{k}.
     */
    static Corpus manySources(int n) {
        int perSource = 10;
        List<Source> sources = new java.util.ArrayList<>();
        List<Sentence> sentences = new java.util.ArrayList<>();
        List<Claim> claims = new java.util.ArrayList<>();
        Map<String, List<String>> members = new java.util.LinkedHashMap<>();
        Map<String, List<String>> groupSources = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String id = String.format("s%02d", i);
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < perSource; k++) {
                String sentence = "Report " + k + " of outlet " + i + " <em>says</em> so.";
                int start = text.length();
                text.append(sentence).append(k == perSource - 1 ? "" : " ");
                sentences.add(new Sentence(id, k, 0, start, start + sentence.length(), sentence, null));
                String group = k < 2 ? "shared" + k : "own" + i + "_" + k;
                String claim = id + "c" + k;
                claims.add(new Claim(claim, id, sentence, start, start + sentence.length(), k, group, List.of(), null,
                        List.of(), List.of()));
                members.computeIfAbsent(group, g -> new java.util.ArrayList<>()).add(claim);
                groupSources.computeIfAbsent(group, g -> new java.util.ArrayList<>()).add(id);
            }
            sources.add(new Source(id, id + ".txt", "Outlet " + i, perSource * 7, Map.of(), text.toString(), List.of()));
        }
        List<ClaimGroup> groups = new java.util.ArrayList<>();
        members.forEach((g, m) -> groups.add(new ClaimGroup(g, "text of " + g, groupSources.get(g), m, "test")));
        return new Corpus(sources, sentences, List.of(), List.of(), List.of(), claims, groups, List.of());
    }

    /** Writes a corpus to a fresh index in {@code dir} and opens it. */
    static CorpusModel open(Corpus corpus, Path dir) throws IOException {
        IndexStore.write(corpus, dir, "test", Progress.SILENT);
        return IndexStore.open(dir);
    }

    @Test
    void aBigCorpusIsCappedAndSummarised() throws IOException {
        int n = HtmlReport.MAX_GRID_COLUMNS + 10;
        Corpus corpus = manySources(n);
        List<Source> sources = corpus.sources();
        int total = corpus.groups().size();
        assertTrue(total > HtmlReport.MAX_GRID_ROWS, "more groups than the grid shows");
        try (CorpusModel m = model(corpus)) {
            String html = HtmlReport.corpus(m, "Many");
            String coverage = section(html, "coverage");
            String grid = elements(coverage, "tbody", "<tbody>").getFirst();
            assertEquals(HtmlReport.MAX_GRID_ROWS, count(grid, "<tr id=\"g-"));
            assertTrue(grid.indexOf("id=\"g-shared0\"") >= 0 && grid.indexOf("id=\"g-shared1\"") >= 0,
                    "the most widely reported groups are kept");
            String note = text(elements(coverage, "p", "<p class=\"note\" id=\"coverage-left-out\">").getFirst());
            int left = total - HtmlReport.MAX_GRID_ROWS;
            assertTrue(note.contains("Showing the " + HtmlReport.MAX_GRID_ROWS + " most widely reported of " + total
                    + " claim groups; " + left + " more are left out (" + left + " of them reported by one source only"),
                    note);
            // too many sources for a column each: a row lists its sources, each a link to its claim
            assertEquals(0, count(coverage, "class=\"mark-col\""));
            String shared = elements(grid, "tr", "<tr id=\"g-shared0\"").getFirst();
            assertEquals(n, count(shared, "class=\"by-src\""));
            assertTrue(shared.contains("href=\"#c-s07c0\""), shared);
            // every text is there, each in a closed section
            String texts = section(html, "texts");
            assertEquals(n, count(texts, "<details>"));
            assertEquals(0, count(texts, "<details open"));
            for (Source s : sources) {
                assertTrue(squash(text(texts)).contains(squash(s.text())), s.id());
            }
            assertEquals(0, count(html, "<em>"), "escaped");
            assertTrue(html.length() < 2_000_000, "size " + html.length());
        }
    }

    @Test
    void emptyCorpusIsAPageWithEmptySections() throws IOException {
        Corpus empty = new Corpus(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        try (CorpusModel m = model(empty)) {
            String html = HtmlReport.corpus(m, "Nothing");
            for (String id : List.of("sources", "coverage", "quotes", "conflicts", "texts")) {
                section(html, id);
            }
            assertTrue(html.contains("0 sources"));
            assertEquals(0, count(html, "<tr id=\"g-"));
            assertTrue(html.endsWith("</html>\n"));
        }
    }
}
