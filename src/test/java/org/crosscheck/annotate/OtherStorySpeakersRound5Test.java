package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speakers and claim rows found wrong by reading two more BASIL dev events (2012 Obama and Boehner meet on the fiscal
 * crisis, 2013 the N.R.A.'s school-safety report) and the misses of a fourth PolNeAR TRAIN sample: each passage is
 * the outlet's own sentences.
 */
class OtherStorySpeakersRound5Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // PolNeAR TRAIN (HuffPost 2016, New York Times 2016): a poll's shares said "the same"
        write("same.txt", "And a full 79 percent of Democrats say they would be satisfied with Clinton as the party\u2019s "
                + "nominee in November, while only 49 percent of Republicans say the same of Trump.\n\nWhile 86 "
                + "percent of black voters in a recent Gallup survey had a favorable opinion of Hillary Clinton, 43 said "
                + "the same for Sanders.\n\nLast month, 26 percent said the same.\n");
        // BASIL 2012 (Fox News): a quotation of two sentences, its frame after the second
        write("corker.txt", "Sen. Bob Corker, R-Tenn., became the latest Republican to open the door to tax rate "
                + "hikes during an interview on \"Fox News Sunday.\"\n\n\"There is a growing group of folks that are "
                + "looking at this and realizing that we don't have a lot of cards as it relates to the tax issue, "
                + "before year-end. I mean, we have one house, that's it,\" Corker said.\n");
        // BASIL 2013 (New York Times): a frame whose speaker is described by a relative clause
        write("mattioli.txt", "But the report did get support from at least one Newtown parent: Mark Mattioli, whose "
                + "6-year-old son, James, was killed.\n\n\u201CI think politics needs to be set aside here, and I hope "
                + "this doesn\u2019t lead to name-calling,\u201D said Mr. Mattioli, who joined Mr. Hutchinson at the "
                + "news conference.\n");
        // BASIL 2012 (Fox News): a report hung by the parser on the "as" phrase of the one before
        write("cast.txt", "Boehner last week put a counter-proposal on the table that included $800 billion in revenue "
                + "increases over the next decade. While Boehner cast that as a significant concession, Obama said it "
                + "didn't go far enough because it didn't include an increase in tax rates for the top 2 percent.\n");
        // BASIL 2013 (Fox News): a phrase quoted inside a reported clause, with no verb of its own
        write("model.txt", "Hutchinson, though, did call for the creation of a 40-60 hour training program for armed "
                + "officers. To accompany that, his group proposed a \"model\" state law that would allow certain "
                + "personnel who have undergone this training to carry weapons on school grounds.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static void write(String name, String text) throws IOException {
        TestCorpora.write(dir, name, text);
    }

    private static List<Quote> quotes(String source, String words) {
        return TestCorpora.quotes(corpus, source, words);
    }

    private static List<Claim> claims(String source, String words) {
        return corpus.claims().stream().filter(c -> c.source().startsWith(source) && c.text().contains(words))
                .toList();
    }

    /**
     * "only 49 percent of Republicans say the same of Trump": "the same" stands for the clause reported before it; it
     * is what is said, and the share saying it is the source (with what it is said of: "of Trump", "for Sanders").
     */
    @Test
    void theSameIsWhatIsSaid() {
        List<Quote> qs = quotes("same", "the same of Trump");
        assertEquals(1, qs.size(), corpus.quotes().toString());
        assertEquals("the same of Trump", qs.get(0).text());
        assertEquals("say", qs.get(0).cue());
        assertTrue(qs.get(0).speaker().contains("49 percent"), qs.get(0).speaker());
        qs = quotes("same", "the same for Sanders");
        assertEquals(1, qs.size(), corpus.quotes().toString());
        assertEquals("said", qs.get(0).cue());
        assertEquals("43", qs.get(0).speaker());
        List<Quote> month = quotes("same", "the same").stream().filter(x -> x.text().equals("the same")).toList();
        assertEquals(1, month.size(), corpus.quotes().toString());
        assertEquals("26 percent", month.get(0).speaker());
    }

    /**
     * "his group proposed a “model” state law that …": the quoted word has no speaker and no verb of its own; it is
     * part of the report that holds it, not a row of its own.
     */
    @Test
    void aPhraseQuotedInsideAReportIsPartOfIt() {
        List<Quote> qs = quotes("model", "model");
        assertEquals(1, qs.size(), corpus.quotes().toString());
        assertEquals("proposed", qs.get(0).cue());
        assertTrue(qs.get(0).text().contains("state law"), qs.get(0).text());
    }

    /**
     * "While Boehner cast that as a significant concession, Obama said it didn't go far enough …": what Boehner casts
     * as what ends at the comma before the next clause, which is Obama's report.
     */
    @Test
    void anAsPhraseEndsBeforeTheNextClause() {
        List<Quote> cast = quotes("cast", "significant concession");
        assertEquals(1, cast.size(), corpus.quotes().toString());
        assertEquals("cast", cast.get(0).cue());
        assertEquals("that as a significant concession", cast.get(0).text());
        List<Quote> said = quotes("cast", "go far enough");
        assertEquals(1, said.size(), corpus.quotes().toString());
        assertEquals("said", said.get(0).cue());
        assertTrue(said.get(0).speaker().contains("Obama"), said.get(0).speaker());
    }

    /**
     * "“… before year-end. I mean, we have one house, that's it,” Corker said.": the second sentence goes on with the
     * quotation and ends with its frame; the frame's verb is its cue and its subject the speaker.
     */
    @Test
    void aQuotationGoingOnIntoASecondSentenceHasTheFrameAfterIt() {
        List<Claim> cs = claims("corker", "we have one house");
        assertFalse(cs.isEmpty(), corpus.claims().toString());
        for (Claim c : cs) {
            assertEquals("said", c.cue(), c.toString());
            assertTrue(c.speaker() != null && c.speaker().contains("Corker"), c.toString());
            assertFalse(c.content().contains("Corker"), c.content());
        }
    }

    /**
     * "“…,” said Mr. Mattioli, who joined Mr. Hutchinson at the news conference.": the relative clause describes the
     * speaker; it is part of the frame, not of what he said.
     */
    @Test
    void aFrameMayDescribeItsSpeaker() {
        List<Claim> cs = claims("mattioli", "name-calling");
        assertFalse(cs.isEmpty(), corpus.claims().toString());
        for (Claim c : cs) {
            assertEquals("said", c.cue(), c.toString());
            assertTrue(c.speaker() != null && c.speaker().contains("Mattioli"), c.toString());
            assertFalse(c.content().contains("Hutchinson"), c.content());
        }
    }
}
