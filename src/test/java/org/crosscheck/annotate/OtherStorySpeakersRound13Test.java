package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Reports missed or run together on all 840 PolNeAR TRAIN articles (speakers round 13): each passage is the outlet's
 * own sentence.
 */
class OtherStorySpeakersRound13Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // PolNeAR TRAIN (Breitbart 2016, from the AP): a noun of saying as the object of a light verb
        TestCorpora.write(dir, "mention.txt", "In a remarkable departure from past GOP conventions, Trump made no "
                + "mention of God, religion or his faith.\n\nAs she has for weeks, Clinton avoided all mention of "
                + "primary challenger Bernie Sanders, even as both campaigned in California ahead of the state\u2019s "
                + "June 7 primary.\n");
        // PolNeAR TRAIN (Washington Post 2015): "reference" as a verb takes its object
        TestCorpora.write(dir, "referenced.txt", "Gowdy referenced a 2015 inspector general's report concerning poor "
                + "e-mail retention at the State Department, but that report concerned the e-mails of lower-level "
                + "officials.\n");
        TestCorpora.write(dir, "case.txt", "Sanders and his allies have attacked Clinton for her paid speeches. They "
                + "have made the case that she is too close to Wall Street banks.\n");
        // PolNeAR TRAIN (Washington Post 2016): a reporting participle after the reported clause
        TestCorpora.write(dir, "pointing.txt", "Packer said the increased focus on Trump is taking a toll on the "
                + "front-runner, pointing to Cruz's victories Tuesday in Texas, Oklahoma and Alaska.\n");
        // PolNeAR TRAIN (Breitbart 2016, from the AP): a second report joined to the first one's content
        TestCorpora.write(dir, "asserting.txt", "Romney went after Trump on Wednesday over his refusal thus far to "
                + "release his taxes, calling it \u201Cdisqualifying\u201D and asserting that the only explanation must "
                + "be \u201Ca bombshell of unusual size.\u201D\n");
        // PolNeAR TRAIN (Western Journal 2016): where and when something was said is no part of it
        TestCorpora.write(dir, "radio.txt", "Last September, Beck called Palin a \u201Cclown\u201D on his radio show "
                + "when commenting on her speech following Donald Trump\u2019s at a Washington D.C. rally to protest "
                + "the Iran nuclear deal.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static List<Quote> with(String source, String words) {
        return TestCorpora.quotes(corpus, source, words);
    }

    private static Quote withCue(String source, String cue) {
        List<Quote> q = corpus.quotes().stream().filter(x -> x.source().equals(source) || x.source().startsWith(source))
                .filter(x -> cue.equals(x.cue())).toList();
        assertEquals(1, q.size(), corpus.quotes().toString());
        return q.get(0);
    }

    private static void assertSpeaker(Quote q, String name) {
        assertTrue(q.speaker() != null && q.speaker().contains(name), q.toString());
    }

    /**
     * "Trump made no mention of God, religion or his faith", "Clinton avoided all mention of primary challenger Bernie
     * Sanders", "They have made the case that she is too close to Wall Street banks": a noun of saying as the object of
     * a light verb is its subject's report, the cue from the verb to the preposition (PolNeAR: "Trump" / "made no
     * mention of" / "God, religion or his faith"). These had no relation; nor had "Gowdy referenced a 2015 inspector
     * general's report …".
     */
    @Test
    void aNounOfSayingAsTheObjectOfALightVerbReports() {
        Quote god = withCue("mention", "made no mention of");
        assertSpeaker(god, "Trump");
        assertTrue(god.text().startsWith("God, religion or his faith"), god.toString());
        Quote sanders = withCue("mention", "avoided all mention of");
        assertSpeaker(sanders, "Clinton");
        assertTrue(sanders.text().startsWith("primary challenger Bernie Sanders"), sanders.toString());
        Quote referenced = withCue("referenced", "referenced");
        assertSpeaker(referenced, "Gowdy");
        assertTrue(referenced.text().startsWith("a 2015 inspector general's report"), referenced.toString());
        Quote made = withCue("case", "made the case");
        assertTrue(made.text().contains("she is too close to Wall Street banks"), made.toString());
        assertTrue(made.speaker() != null, made.toString());
    }

    /**
     * "Packer said the increased focus on Trump is taking a toll on the front-runner, pointing to Cruz's victories …":
     * the reported clause ends before the reporting participle after its comma, which is a report of its own (PolNeAR:
     * "Packer" / "pointing to" / "Cruz's victories Tuesday in Texas, Oklahoma and Alaska"). The older rule that found
     * this report (the parser hung the clause on "said" as "dep") ran its content to the end of the sentence, so the
     * relation paired with the participle's gold relation and left its own unpaired.
     */
    @Test
    void aReportedClauseEndsBeforeAReportingParticiple() {
        Quote said = withCue("pointing", "said");
        assertSpeaker(said, "Packer");
        assertTrue(said.text().endsWith("taking a toll on the front-runner"), said.toString());
        assertFalse(said.text().contains("Cruz"), said.toString());
    }

    /**
     * "Romney …, calling it “disqualifying” and asserting that the only explanation must be “a bombshell of unusual
     * size.”": a verb of saying with a clause of its own and no subject, in the same form as the report whose content
     * it is joined to, is that report's subject's second report (PolNeAR: "Romney" / "asserting").
     */
    @Test
    void aSecondReportJoinedToTheFirstOnesContentIsItsOwn() {
        Quote calling = withCue("asserting", "calling");
        assertFalse(calling.text().contains("asserting"), calling.toString());
        assertFalse(calling.text().contains("bombshell"), calling.toString());
        Quote asserting = withCue("asserting", "asserting");
        assertSpeaker(asserting, "Romney");
        assertTrue(asserting.text().contains("the only explanation must be"), asserting.toString());
    }

    /**
     * "Beck called Palin a “clown” on his radio show when commenting on her speech …": after the object, a phrase of
     * place or time and a clause opened by "when" tell where and when it was said, not what (PolNeAR: "Palin a
     * “clown”"); "criticized Clinton for having ties …" keeps its "for" (AttributionRulesTest).
     */
    @Test
    void whereAndWhenSomethingWasSaidIsNoPartOfIt() {
        Quote called = withCue("radio", "called");
        assertSpeaker(called, "Beck");
        assertTrue(called.text().contains("Palin a"), called.toString());
        assertFalse(called.text().contains("radio show"), called.toString());
        assertFalse(called.text().contains("commenting"), called.toString());
    }
}
