package org.crosscheck.render;

import static org.crosscheck.render.HtmlText.count;
import static org.crosscheck.render.HtmlText.elements;
import static org.crosscheck.render.HtmlText.section;
import static org.crosscheck.render.HtmlText.squash;
import static org.crosscheck.render.HtmlText.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimGroup;
import org.crosscheck.model.CorpusModel;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Source;
import org.crosscheck.query.Cancel;
import org.crosscheck.query.Row;
import org.crosscheck.query.Table;
import org.crosscheck.query.compare.Conflicts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The corpus report of the seed articles plus one article full of markup, checked against the model it was made
 * from: every claim group a grid row, every claim a mark over its own words, every shared quotation its renderings,
 * every conflict its values, and no markup from an article anywhere but as text.
 */
class HtmlReportTest {
    static CorpusModel model;
    static String html;

    @BeforeAll
    static void build() {
        ReportFixture f = ReportFixture.get();
        model = f.model();
        html = f.report;
    }

    @Test
    void pageHasItsSectionsAndEscapedTitle() {
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        for (String id : List.of("sources", "coverage", "quotes", "conflicts", "texts")) {
            section(html, id);
            assertTrue(html.contains("href=\"#" + id + "\""), "nav link to " + id);
        }
        assertTrue(html.contains("<title>Seeds &lt;i&gt;report&lt;/i&gt; &amp; markup</title>"));
        assertTrue(html.contains("<h1>Seeds &lt;i&gt;report&lt;/i&gt; &amp; markup</h1>"));
        // five outlets' own reports: no source repeats another, so nothing is marked as a repeat
        assertFalse(html.contains("<th>repeats</th>") || html.contains("coverage-repeats"));
        assertTrue(html.getBytes(StandardCharsets.UTF_8).length < 1_000_000, "page under 1 MB");
    }

    @Test
    void markupFromAnArticleIsTextOnly() {
        // the model really has the markup (otherwise this test proves nothing)
        Source injected = model.sources().stream().filter(s -> s.id().equals(ReportFixture.INJECTED)).findFirst().orElseThrow();
        assertTrue(injected.text().contains("<script>alert(1)</script>"));
        assertEquals(1, count(html, "(?i)<script"), "only the page's own script element");
        assertEquals(0, count(html, "(?i)<img"));
        assertEquals(0, count(html, "(?i)<b\\b"));
        assertEquals(0, count(HtmlText.tagsWithoutValues(html), "(?i)<[^>]*\\son\\w+\\s*="),
                "no event-handler attribute in any tag");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("&lt;img src=x onerror=alert(2)&gt;"));
        assertTrue(html.contains("&lt;b onclick=&quot;alert(4)&quot;&gt;"));
        String text = section(html, "texts");
        assertTrue(text(text).contains("Officials <script>alert(1)</script> deny the report & call it \"fake\""));
    }

    @Test
    void nothingOutsideThePageIsReferenced() {
        assertEquals(0, count(html, "(?i)<[^>]*\\b(src|href|action|srcset|poster|data)\\s*=\\s*\"(?!#)[^\"]*\""),
                "only in-page links");
        assertEquals(0, count(html, "(?i)<[^>]*(https?:|//|ftp:)[^>]*>"), "no address in any tag");
        String style = html.substring(html.indexOf("<style>"), html.indexOf("</style>"));
        assertFalse(style.contains("url("));
        assertFalse(style.contains("@import"));
        assertEquals(0, count(html, "(?i)<link\\b"));
        assertTrue(html.contains("Content-Security-Policy"));
    }

    @Test
    void gridHasOneRowPerClaimGroupMostReportedFirst() {
        String grid = elements(section(html, "coverage"), "table", "<table class=\"grid\"").getFirst();
        List<String> rows = elements(grid, "tr", "<tr id=\"g-");
        assertEquals(model.claimGroups().size(), rows.size());
        int n = model.sources().size();
        Map<String, ClaimGroup> groups = new HashMap<>();
        model.claimGroups().forEach(g -> groups.put(g.id(), g));
        Set<String> seen = new HashSet<>();
        int last = Integer.MAX_VALUE;
        Pattern gid = Pattern.compile("<td class=\"gid\">([^<]*)</td>");
        for (String row : rows) {
            Matcher m = gid.matcher(row);
            assertTrue(m.find(), row);
            ClaimGroup g = groups.get(text(m.group(1)));
            assertTrue(g != null && seen.add(g.id()), "each group once: " + m.group(1));
            int k = g.sources().size();
            assertTrue(k <= last, "sorted by number of sources");
            last = k;
            assertTrue(row.contains(">" + k + "/" + n + "<"));
            assertEquals(k, count(row, "<td class=\"yes\">"), "a mark per reporting source in " + g.id());
            assertEquals(n - k, count(row, "<td class=\"no\"></td>"));
            assertEquals(squash(g.text()), squash(text(elements(row, "td", "<td class=\"claim\">").getFirst())));
            assertTrue(row.contains("class=\"" + (k > 1 ? "shared" : "single") + "\""));
        }
        // the column headers are the sources, in corpus order, each a link to its text
        String head = elements(grid, "thead", "<thead>").getFirst();
        int pos = 0;
        for (Source s : model.sources()) {
            int at = head.indexOf("href=\"#" + Html.anchor("src-", s.id()) + "\"", pos);
            assertTrue(at > pos, "column for " + s.id());
            pos = at;
        }
    }

    @Test
    void eachTextIsWholeWithItsClaimsAndBoilerplateMarked() {
        String texts = section(html, "texts");
        Map<String, ClaimGroup> groups = new HashMap<>();
        model.claimGroups().forEach(g -> groups.put(g.id(), g));
        int n = model.sources().size();
        for (Source s : model.sources()) {
            String article = elements(texts, "article", "<article class=\"source\" id=\"" + Html.anchor("src-", s.id()) + "\"")
                    .getFirst();
            String div = elements(article, "div", "<div class=\"text\">").getFirst();
            assertEquals(squash(s.text()), squash(text(div)), "the whole text of " + s.id());
            for (Claim c : model.claims()) {
                if (!c.source().equals(s.id())) {
                    continue;
                }
                List<String> marks = elements(div, "mark", "<mark class=\"claim [a-z]+\" id=\"" + Html.anchor("c-", c.id()) + "\"");
                assertEquals(1, marks.size(), "one mark for " + c.id());
                String mark = marks.getFirst();
                int k = groups.get(c.group()).sources().size();
                assertTrue(mark.startsWith("<mark class=\"claim " + (k > 1 ? "shared" : "only") + "\""), mark);
                Matcher title = Pattern.compile("title=\"([^\"]*)\"").matcher(mark);
                assertTrue(title.find());
                String tip = HtmlText.unescape(title.group(1));
                assertTrue(tip.contains("claim group " + c.group()), tip);
                assertTrue(tip.contains(k > 1 ? k + " of " + n + " sources" : "1 of " + n), tip);
                assertEquals(squash(s.text().substring(c.start(), c.end())), squash(text(mark)), "mark over " + c.id());
            }
            long boiler = model.sentences().stream().filter(x -> x.source().equals(s.id()) && x.isBoilerplate()).count();
            assertEquals(boiler, count(div, "<span class=\"boiler\""), "boilerplate of " + s.id());
            for (Sentence x : model.sentences()) {
                if (x.source().equals(s.id()) && x.isBoilerplate()) {
                    String span = squash(text(s.text().substring(x.start(), x.end())));
                    assertTrue(elements(div, "span", "<span class=\"boiler\"").stream()
                            .anyMatch(e -> squash(text(e)).equals(squash(s.text().substring(x.start(), x.end())))),
                            "greyed: " + span);
                }
            }
        }
    }

    @Test
    void quotationsOfSeveralSourcesAreShownWithTheirDifferences() {
        List<HtmlReport.QuoteCluster> clusters = HtmlReport.quoteClusters(model);
        String quotes = section(html, "quotes");
        List<String> articles = elements(quotes, "article", "<article class=\"qgroup\"");
        assertEquals(clusters.size(), articles.size());
        // the seeds carry one Zelensky quotation in five renderings
        assertTrue(clusters.stream().anyMatch(c -> c.quotes().stream().map(Quote::source).distinct().count() >= 5));
        for (int i = 0; i < clusters.size(); i++) {
            HtmlReport.QuoteCluster c = clusters.get(i);
            Set<String> sources = new LinkedHashSet<>();
            c.quotes().forEach(q -> sources.add(q.source()));
            assertTrue(sources.size() >= 2);
            List<String> renderings = elements(articles.get(i), "td", "<td class=\"rendering\">");
            assertEquals(c.quotes().size(), renderings.size());
            boolean verbatim = false;
            for (int j = 0; j < renderings.size(); j++) {
                String r = renderings.get(j);
                // without what it lacks, a rendering reads as the quotation itself
                String own = r.replaceAll("<del>[^<]*</del>", "").replaceAll("<span class=\"cut\"[^>]*>…</span>", "");
                String expected = Normalizer.normalize(c.quotes().get(j).text(), Normalizer.Form.NFKC);
                assertEquals(squash("“" + expected + "”").replace(" ", ""), squash(text(own)).replace(" ", ""));
                verbatim |= articles.get(i).contains("kind-verbatim");
            }
            assertTrue(verbatim, "the common rendering is one of them");
        }
        assertTrue(quotes.contains("<del>") && quotes.contains("<ins>"), "the seeds' renderings differ in words");
    }

    @Test
    void commandLineFormatHtmlPrintsTheResultPage() {
        ReportFixture f = ReportFixture.get();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = org.crosscheck.cli.Main.run(new String[] {"--corpus", f.corpus.toString(), "--index",
                        f.dir.resolve("index").toString(), "--format", "html", "-e", "sources"},
                new java.io.ByteArrayInputStream(new byte[0]), new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, StandardCharsets.UTF_8), false);
        String page = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.endsWith("</html>\n"), page);
        assertTrue(page.contains("<pre class=\"query\"><code>sources</code></pre>"));
        List<String> rows = elements(elements(page, "tbody", "<tbody>").getFirst(), "tr", "<tr\\b");
        assertEquals(model.sources().size(), rows.size());
        assertTrue(page.contains("Officials &lt;script&gt;alert(1)&lt;/script&gt; deny the report"));
        assertEquals(1, count(page, "(?i)<script"));
        assertTrue(Renderer.of(Format.HTML, 80) instanceof HtmlRenderer);
        assertEquals(Format.HTML, Format.parse("Html"));
    }

    @Test
    void everyConflictIsShownWithItsValuesInContext() {
        Table conflicts = Conflicts.conflicts(model, new Cancel());
        assertFalse(conflicts.rows().isEmpty(), "the seeds give the number of Chinese soldiers differently");
        String section = section(html, "conflicts");
        int topic = conflicts.indexOf("topic");
        int source = conflicts.indexOf("source");
        int start = conflicts.indexOf("start");
        int end = conflicts.indexOf("end");
        Map<String, String> texts = new HashMap<>();
        model.sources().forEach(s -> texts.put(s.id(), s.text()));
        String plain = text(section);
        for (Row r : conflicts.rows()) {
            assertTrue(plain.contains(String.valueOf(r.get(topic))));
            String value = texts.get((String) r.get(source)).substring(((Number) r.get(start)).intValue(),
                    ((Number) r.get(end)).intValue());
            assertTrue(section.contains("<mark class=\"value\">" + Html.esc(squash(value)) + "</mark>"), value);
        }
        assertEquals(conflicts.rows().size(), count(section, "<mark class=\"value\">"));
    }
}
