package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speakers and reports missed on all 840 PolNeAR TRAIN articles (speakers round 12): each passage is the outlet's own
 * sentence.
 */
class OtherStorySpeakersRound12Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // PolNeAR TRAIN (Breitbart 2016): verbs of saying in a manner, right next to the quotation
        TestCorpora.write(dir, "barked.txt", "Univision anchor Jorge Ramos tried to ask Donald Trump about "
                + "immigration.\n\n\u201CGo back to Univision,\u201D Trump barked and a security guard escorted Ramos "
                + "out.\n");
        TestCorpora.write(dir, "charged.txt", "Megyn Kelly asked Donald Trump about his comments on women.\n\n"
                + "\u201CYou\u2019ve called women you don\u2019t like fat pigs, dogs, slobs and disgusting animals,\u201D "
                + "Kelly charged in her now-infamous assault.\n");
        TestCorpora.write(dir, "beamed.txt", "The delegates cheered as the votes were counted.\n\n\u201CThis is "
                + "fantastic!\u201D beamed Donald Hartley of Madison, Alabama, who snuck onto the floor from the guest "
                + "seats to be closer to the action.\n");
        TestCorpora.write(dir, "shotback.txt", "After former California Gov. Jerry Brown criticized Bill Clinton during "
                + "a debate, Hillary shot back, \u201CI suppose I could have chosen to bake cookies and have teas, but I "
                + "chose to fulfill my profession.\u201D\n");
        TestCorpora.write(dir, "jokes.txt", "Bernie Sanders is campaigning in Nevada.\n\nHe is talking to voters about "
                + "health care and getting big money out of politics. He jokes, \u201CIt\u2019s a never ending "
                + "line!\u201D\n");
        // PolNeAR TRAIN (Breitbart 2016, from the AP): verbs whose object is what is attributed
        TestCorpora.write(dir, "mentioned.txt", "Obama spoke at the White House on Tuesday about rights that had been "
                + "denied victims of other mass shootings. He also mentioned the violence in his Chicago hometown.\n");
        TestCorpora.write(dir, "congratulated.txt", "Clinton has opened up a commanding lead in delegates thanks in part "
                + "to her wins Tuesday in Georgia, Virginia, Arkansas, Alabama, Tennessee and Texas.\n\nShe also "
                + "congratulated Bernie Sanders for competing hard in several states. He captured Vermont.\n");
        // PolNeAR TRAIN (Huffington Post 2016)
        TestCorpora.write(dir, "confirmed.txt", "EgyptAir also confirmed the news about the Canadian native to the "
                + "Toronto Star.\n");
        TestCorpora.write(dir, "apologized.txt", "Ted Cruz apologized for his campaign's suggestion to Iowa "
                + "caucusgoers on Monday that fellow candidate Ben Carson was dropping out of the race -- but he didn't "
                + "take any ownership of it.\n");
        // PolNeAR TRAIN (Huffington Post 2016, HuffPollster): a name closed by a colon before the quotation
        TestCorpora.write(dir, "label.txt", "HIGHER THAN EXPECTED TURNOUT IN IOWA DOESN\u2019T INCREASE EXPECTATIONS IN "
                + "OTHER STATES - Michael P. McDonald:  \u201CAt long last the 2016 presidential nomination contests "
                + "have finally started with the conclusion of the first contest.\u201D\n\nSigns of momentum shifts "
                + "and evangelical turnout were there all along -More from Blumenthal and Cohen: \u201CData collected "
                + "by our firm, SurveyMonkey, helps confirm that both issues were in play for polling on the "
                + "Republican caucuses this year.\u201D\n\nThe senator had one message for voters in Iowa: \u201CShow "
                + "up on Monday.\u201D\n");
        // PolNeAR TRAIN (Breitbart 2016): an embedded tweet's markup, with its attributes in quotation marks
        TestCorpora.write(dir, "tweet.txt", "Kaine now says, however, that he supports the right to choose.\n\n<tweet "
                + "id=\"756643058100428800\" author=\"@CecileRichards\" datetime=\"2016-07-23\">.@HillaryClinton's VP "
                + "pick @TimKaine earned a 100% rating on the Planned Parenthood Action Fund scorecard in the Senate. "
                + "\u2014 Cecile Richards (@CecileRichards) July 23, 2016</tweet>.\n");
        // PolNeAR TRAIN (Breitbart 2016, Huffington Post 2015): headlines, a name before its topic
        TestCorpora.write(dir, "gillibrand.txt", "Gillibrand on Hillary Releasing Her Goldman Sachs Speech "
                + "Transcripts: \u2018I Think She Will.\u2019\n\nSen. Kirsten Gillibrand (D-NY) said Hillary Clinton "
                + "will release the transcripts.\n");
        TestCorpora.write(dir, "cnn.txt", "CNN President On Trump: \u2018We Do Not Pay Candidates To Appear At "
                + "Debates.\u2019\n\nCNN President Jeff Zucker pushed back on Donald Trump's demand.\n");
        // PolNeAR TRAIN (Breitbart 2016, from the AP; Politico 2016): "focus on", "offer", "decide"
        TestCorpora.write(dir, "focused.txt", "The role of first lady, started in 1789, carries no official powers. More "
                + "recently, first ladies have focused on causes.\n");
        TestCorpora.write(dir, "offered.txt", "Trump also offered his congratulations to rivals Marco Rubio and Ted "
                + "Cruz, who are in a tight race for second place, drawing boos from the crowd.\n");
        TestCorpora.write(dir, "decided.txt", "Last October, President Obama changed course and decided to keep a "
                + "significant number of U.S. troops there.\n");
        // a verb of manner that is not next to the quotation does not frame it
        TestCorpora.write(dir, "far.txt", "The former aide, who was charged with fraud in March, told reporters on "
                + "Friday, \u201CI have nothing to hide.\u201D\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static Quote only(String source, String words) {
        List<Quote> q = TestCorpora.quotes(corpus, source, words);
        assertEquals(1, q.size(), corpus.quotes().toString());
        return q.get(0);
    }

    private static void assertSpeaker(Quote q, String name) {
        assertTrue(q.speaker() != null && q.speaker().contains(name), q.toString());
    }

    /**
     * "“Go back to Univision,” Trump barked", "“…,” Kelly charged", "“This is fantastic!” beamed Donald Hartley": a
     * verb of saying in a manner right after the quotation, with at most a short subject between, frames it (PolNeAR:
     * "Trump" / "barked", "Kelly" / "charged", "Donald Hartley of Madison, Alabama," / "beamed"). These quotations had
     * no speaker.
     */
    @Test
    void aVerbOfMannerRightAfterTheQuotationFramesIt() {
        Quote barked = only("barked", "Go back to Univision");
        assertSpeaker(barked, "Trump");
        assertEquals("barked", barked.cue());
        Quote charged = only("charged", "fat pigs");
        assertSpeaker(charged, "Kelly");
        assertEquals("charged", charged.cue());
        assertSpeaker(only("beamed", "This is fantastic"), "Hartley");
    }

    /**
     * "Hillary shot back, “…”", "He jokes, “It’s a never ending line!”": before the quotation, with only a comma
     * between; "shot back" is a cue with its particle (PolNeAR: "Hillary" / "shot back", "He" / "jokes").
     */
    @Test
    void aVerbOfMannerRightBeforeTheQuotationFramesIt() {
        Quote shot = only("shotback", "bake cookies");
        assertSpeaker(shot, "Hillary");
        assertEquals("shot back", shot.cue());
        Quote jokes = only("jokes", "never ending line");
        assertSpeaker(jokes, "Sanders");
        assertEquals("jokes", jokes.cue());
    }

    /** "The former aide, who was charged with fraud …, told reporters …, “…”": "charged" is not next to the quote. */
    @Test
    void aVerbOfMannerAwayFromTheQuotationDoesNotFrameIt() {
        Quote q = only("far", "nothing to hide");
        assertEquals("told", q.cue(), q.toString());
        assertNotEquals("charged", q.cue());
    }

    /**
     * "… - Michael P. McDonald: “At long last …”", "More from Blumenthal and Cohen: “Data collected …”": a name
     * closed by a colon right before the quotation, after a dash or "from", labels it (PolNeAR: "Michael P. McDonald" /
     * ":"). A place before the colon is no such label ("for voters in Iowa: “Show up on Monday.”").
     */
    @Test
    void aNameClosedByAColonBeforeTheQuotationLabelsIt() {
        Quote mcdonald = only("label", "At long last");
        assertSpeaker(mcdonald, "McDonald");
        assertEquals(":", mcdonald.cue());
        Quote both = only("label", "Data collected");
        assertSpeaker(both, "Blumenthal");
        assertTrue(both.why().contains("'Blumenthal and Cohen:'"), both.toString()); // the span holds both names
        Quote iowa = only("label", "Show up on Monday");
        assertTrue(iowa.speaker() == null || !iowa.speaker().contains("Iowa"), iowa.toString());
    }

    /**
     * "Gillibrand on Hillary Releasing Her Goldman Sachs Speech Transcripts: ‘I Think She Will.’", "CNN President On
     * Trump: ‘We Do Not Pay …’": a headline's name before "on" and its topic labels the quotation after the colon
     * (PolNeAR: "Gillibrand" / ":", "CNN President" / ":"); these had no speaker.
     */
    @Test
    void aHeadlinesNameBeforeItsTopicLabelsTheQuotation() {
        Quote g = only("gillibrand", "I Think She Will");
        assertSpeaker(g, "Gillibrand");
        assertEquals(":", g.cue());
        Quote c = only("cnn", "We Do Not Pay");
        assertTrue(c.speaker() != null && c.why().contains("'CNN President'"), c.toString());
    }

    /**
     * "first ladies have focused on causes", "Trump also offered his congratulations to rivals …", "decided to keep a
     * significant number of U.S. troops there": the object of "focus on" and "offer", the infinitive of "decide" (and
     * of "offer") are what is attributed (PolNeAR marks each so).
     */
    @Test
    void focusOnOfferAndDecideAreAttributions() {
        Quote focused = only("focused", "causes");
        assertEquals("focused on", focused.cue());
        assertSpeaker(focused, "first ladies");
        Quote offered = only("offered", "his congratulations to rivals");
        assertEquals("offered", offered.cue());
        assertSpeaker(offered, "Trump");
        Quote decided = only("decided", "keep a significant number");
        assertEquals("decided", decided.cue());
        assertSpeaker(decided, "Obama");
    }

    /**
     * "<tweet id="756643058100428800" author="@CecileRichards" datetime="2016-07-23">": quotation marks inside a
     * markup tag enclose an attribute's value; they were quotations, some given a speaker ("Kaine" for
     * "@CecileRichards"). On the first 210 TRAIN articles 109 such quotations, none in PolNeAR.
     */
    @Test
    void quotationMarksInsideAMarkupTagAreNoQuotation() {
        for (String value : List.of("@CecileRichards", "756643058100428800", "2016-07-23")) {
            assertEquals(List.of(), TestCorpora.quotes(corpus, "tweet", value), value);
        }
        assertTrue(Attributor.insideMarkupTag("<tweet author=\"@x\">text</tweet>", 14));
        assertTrue(!Attributor.insideMarkupTag("He said 2 < 3 and \"yes\" > no", 18));
    }

    /**
     * "He also mentioned the violence in his Chicago hometown", "She also congratulated Bernie Sanders for competing
     * hard …", "EgyptAir also confirmed the news …", "Ted Cruz apologized for his campaign's suggestion …": the object
     * (or the object of "for") is what is attributed, the subject the source (PolNeAR marks each so).
     */
    @Test
    void anObjectMentionedConfirmedOrApologizedForIsAttributed() {
        Quote mentioned = only("mentioned", "the violence in his Chicago hometown");
        assertEquals("indirect", mentioned.kind());
        assertEquals("mentioned", mentioned.cue());
        assertSpeaker(mentioned, "Obama");
        Quote congratulated = only("congratulated", "Bernie Sanders for competing hard");
        assertEquals("congratulated", congratulated.cue());
        // "She" is Clinton, whom the excerpt names without a first name (PolNeAR's source span is "She")
        assertTrue("She".equals(congratulated.speaker()) || congratulated.speaker().contains("Clinton"),
                congratulated.toString());
        Quote confirmed = only("confirmed", "the news about the Canadian native");
        assertSpeaker(confirmed, "EgyptAir");
        Quote apologized = only("apologized", "his campaign's suggestion");
        assertEquals("apologized for", apologized.cue());
        assertSpeaker(apologized, "Ted Cruz");
    }
}
