package org.crosscheck.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.query.Row;
import org.crosscheck.query.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One source quotes a campaign ad in one passage, another splits it with a frame ("…,” the advertisement says.
 * “Now when you need it, …"). BASIL 2012 (Medicare): `variants "paid into Medicare"` compared Fox's whole quotation
 * with the first part of the NYT's only, and left out the NYT's second part, which shares no three content words
 * with the first. The NYT's rendering is now both parts, and Fox's is compared with it.
 */
class VariantsSplitQuotationTest {
    @TempDir
    static Path tmp;
    static OpenCorpus corpus;

    @BeforeAll
    static void open() throws IOException {
        corpus = OpenCorpus.of(tmp, Map.of(
                "fox.txt", "The Romney campaign retorted with an ad of its own Tuesday. The ad "
                + "says: \u201cYou paid in to Medicare for years \u2026 now when you need it, Obama has cut $716 billion "
                + "from Medicare. Why? To pay for ObamaCare.\u201d\n\nRyan told Fox News the campaign is trying to show "
                + "the \u201cclear contrast\u201d between what Republicans propose and what Obama\u2019s health care law "
                + "does.\n",
                "nyt.txt", "The Republicans hit back on Tuesday with a television commercial "
                + "asserting that the Romney-Ryan Medicare plan was better for older Americans.\n\n\u201cYou paid into "
                + "Medicare for years, every paycheck,\u201d the advertisement says. \u201cNow when you need it, Obama "
                + "has cut $716 billion from Medicare. Why? To pay for Obamacare. So now the money you paid for your "
                + "guaranteed health care is going to a massive new government program that\u2019s not for "
                + "you.\u201d\n\nLis Smith, a spokeswoman for the Obama campaign, said, \u201cMitt Romney\u2019s Medicare "
                + "ad is dishonest and hypocritical.\u201d\n"));
    }

    @AfterAll
    static void close() {
        OpenCorpus.close(corpus);
    }

    @Test
    void theSplitQuotationIsOneRenderingComparedWhole() throws Exception {
        Table t = corpus.run("variants \"paid into Medicare\"");
        Map<String, Row> bySource = new HashMap<>();
        for (Row r : t.rows()) {
            assertEquals(null, bySource.put((String) r.get(t.indexOf("source")), r), "one row per source: " + t.rows());
        }
        assertEquals(List.of("fox", "nyt"), bySource.keySet().stream().sorted().toList());
        Row nyt = bySource.get("nyt");
        String text = (String) nyt.get(t.indexOf("text"));
        assertTrue(text.startsWith("You paid into Medicare for years, every paycheck") && text.contains("Now when you "
                + "need it") && text.endsWith("not for you."), text);
        assertEquals(2, nyt.why().passages().size(), "each part is a passage of its own");
        assertTrue(nyt.why().passages().get(1).text().startsWith("\u201cNow when you need it"),
                nyt.why().passages().toString());
        assertTrue(!nyt.why().passages().get(0).text().contains("advertisement says"), "the frame is no part");
        Row fox = bySource.get("fox");
        String diff = (String) fox.get(t.indexOf("diff"));
        // against the NYT's whole: Fox leaves out "every paycheck" and the last sentence, and keeps the cut
        assertTrue(diff.contains("[-every paycheck-]") && diff.contains("obama has cut 716 billion from medicare")
                && diff.contains("[-so now the money"), diff);
        assertEquals("reworded", fox.get(t.indexOf("kind")), "\"in to\" for \"into\": the words changed, not only cut");
        // the spokeswoman's quotation after it is another speaker's, not a third part
        assertTrue(!text.contains("dishonest"), text);
    }

    @Test
    void theHtmlReportShowsTheSplitQuotationAsOneRendering() {
        String html = org.crosscheck.render.HtmlReport.corpus(corpus.workspace.model(), "Medicare");
        int at = html.indexOf("<section id=\"quotes\">");
        String quotes = html.substring(at, html.indexOf("</section>", at));
        assertTrue(quotes.contains("2 renderings in 2 sources"), quotes);
        String nyt = quotes.substring(quotes.indexOf("nyt</a>"));
        nyt = nyt.substring(0, nyt.indexOf("</tr>"));
        // the NYT's row holds both parts, and not the frame between them
        assertTrue(nyt.contains("every paycheck") && nyt.contains("guaranteed health care"), nyt);
        assertTrue(!nyt.contains("advertisement says"), nyt);
    }
}
