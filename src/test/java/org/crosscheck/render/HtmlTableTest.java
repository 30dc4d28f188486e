package org.crosscheck.render;

import static org.crosscheck.render.HtmlText.count;
import static org.crosscheck.render.HtmlText.elements;
import static org.crosscheck.render.HtmlText.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.crosscheck.query.Column;
import org.crosscheck.query.Passage;
import org.crosscheck.query.Provenance;
import org.crosscheck.query.Row;
import org.crosscheck.query.Table;
import org.junit.jupiter.api.Test;

/** A single result as a page, and the escaping and labels the pages share. */
class HtmlTableTest {
    static final Table TABLE = new Table(
            List.of(new Column("source", Column.Type.TEXT), new Column("words", Column.Type.NUMBER),
                    new Column("entities", Column.Type.LIST), new Column("quoted", Column.Type.BOOLEAN)),
            List.of(new Row(List.of("a <b>bold</b> & \"quoted\" 'one'", 612, List.of("Kyiv", "<i>Kiev</i>"), true),
                            new Provenance("matched \"Kyiv\" <near>", List.of(new Passage("a", 0, 4, "Kyiv")))),
                    new Row(Arrays.asList(null, 7L, List.of(), false), Provenance.NONE)));

    @Test
    void tableShowsQueryColumnsAndRows() {
        String page = HtmlReport.table("sources | where words > 100\n| sort words", TABLE);
        assertTrue(page.startsWith("<!DOCTYPE html>") && page.endsWith("</html>\n"));
        assertTrue(page.contains("<pre class=\"query\"><code>sources | where words &gt; 100\n| sort words</code></pre>"));
        assertTrue(page.contains("<p class=\"summary\">2 rows</p>"));
        String head = elements(page, "thead", "<thead>").getFirst();
        assertEquals(List.of("source", "words", "entities", "quoted"),
                elements(head, "th", "<th\\b").stream().map(HtmlText::text).toList());
        assertTrue(head.contains("<th class=\"num\" title=\"number\">words</th>"));
        List<String> rows = elements(elements(page, "tbody", "<tbody>").getFirst(), "tr", "<tr\\b");
        assertEquals(2, rows.size());
        List<String> cells = elements(rows.get(0), "td", "<td\\b");
        assertEquals("a <b>bold</b> & \"quoted\" 'one'", text(cells.get(0)));
        assertEquals("<td class=\"num\">612</td>", cells.get(1));
        assertEquals(List.of("Kyiv", "<i>Kiev</i>"), elements(cells.get(2), "li", "<li>").stream().map(HtmlText::text).toList());
        assertEquals("true", text(cells.get(3)));
        assertTrue(rows.get(0).startsWith("<tr title=\"matched &quot;Kyiv&quot; &lt;near&gt;\">"));
        List<String> second = elements(rows.get(1), "td", "<td\\b");
        assertEquals("", text(second.get(0)), "null is an empty cell");
        assertEquals("<ul class=\"list\"></ul>", second.get(2).replaceAll("</?td[^>]*>", ""));
        assertEquals(1, count(page, "<script"));
        assertEquals(0, count(page, "<b>|<i>"));
    }

    @Test
    void rendererPrintsTheTablePage() {
        String page = new HtmlRenderer().render(TABLE, "sources");
        assertEquals(HtmlReport.table("sources", TABLE), page);
        assertTrue(page.endsWith("\n"));
    }

    @Test
    void emptyTableIsAPageToo() {
        String page = HtmlReport.table("search zzz", new Table(List.of(new Column("text", Column.Type.TEXT)), List.of()));
        assertTrue(page.contains("<p class=\"summary\">0 rows</p>"));
        assertEquals(0, count(elements(page, "tbody", "<tbody>").getFirst(), "<tr"));
    }

    @Test
    void escapingCoversMarkupQuotesAndControlCharacters() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;", Html.esc("<a href=\"x\" title='y'>&amp;"));
        assertEquals("a\uFFFDb\tc\nd\uFFFD", Html.esc("a\u0000b\tc\nd\u0085"));
        assertEquals("😀 \uFFFD", Html.esc("😀 \uD800"), "pairs kept, lone surrogates replaced");
        assertEquals("", Html.esc(null));
    }

    @Test
    void sourceLabelsAreShortUniquePrefixes() {
        assertEquals(List.of("000", "001", "zz"), Html.shortLabels(List.of("000_c2f8d4d0e22b6142", "001_c223dd368594db84", "zz_markup")));
        assertEquals(List.of("bbc", "cnn"), Html.shortLabels(List.of("bbc", "cnn")));
        assertEquals(List.of("reuters-2024-01", "reuters-2024-02"),
                Html.shortLabels(List.of("reuters-2024-01", "reuters-2024-02")));
        assertEquals(List.of("S1", "S2", "S3"), Html.shortLabels(List.of("2010_2b95d2cf-e979/fox", "2010_2b95d2cf-e979/hpo",
                "2010_2b95d2cf-e979/nyt")));
        assertEquals("src-a_5fb_2fc", Html.anchor("src-", "a_b/c"));
    }
}
