package org.crosscheck.annotate;

import static org.crosscheck.annotate.TestCorpora.split;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quote and claim rows found wrong by reading two BASIL dev events by hand (2011_a28a0329, the House reads the
 * Constitution aloud; 2010_97b1305c, the NAACP and the Tea Party), and round 9's leftovers (2014_33521e65,
 * 2013_d3a1ce0a): each passage is the outlet's own sentences.
 */
class QuotesClaimsRound10Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        corpus = TestCorpora.build(dir, "round10", Map.of(
                // HuffPost, 2011: a paragraph ending in a colon after a report of its own, and the quotation it
                // announces; then a source named with "according to"
                "hpo.txt", "The Washington Post reported last week that reading the founding document in full "
                        + "appears to be a first in the chamber\u2019s 221-year history:\n\n"
                        + "\u201CCall it the tea party-ization of Congress. A pillar of their grass-roots movement "
                        + "will become a staple in the bureaucracy that governs Congress.\u201D\n\n"
                        + "According to Peter Keating at Vanity Fair, $1.1 million is the estimated cost of GOP "
                        + "plans to read the document on the House floor.\n"));
    }

    @Test
    void aNegatedFrameKeepsItsNegation() {
        // Fox: "I don't think the Constitution is propaganda" gave the claim "the Constitution is propaganda",
        // Rep. Israel's, who said the opposite
        Doc d = TestCorpora.analyse("\"I don't think the Constitution is propaganda. I think it's a valuable "
                + "exercise and an important moment in this Congress for us to read the Constitution,\" said Rep. "
                + "Steve Israel, D-N.Y.");
        List<Clauses.Clause> c = new java.util.ArrayList<>();
        for (Doc.Sent s : d.sents) {
            c.addAll(Clauses.split(d, s));
        }
        assertEquals("I don't think the Constitution is propaganda", c.get(0).content());
        assertEquals("I", c.get(0).subject());
        // a frame that is not negated still gives its complement
        assertEquals("it's a valuable exercise and an important moment in this Congress for us to read the "
                + "Constitution", c.get(1).content());
    }

    @Test
    void aThatTaggedAsAWhWordOpensNoQuestion() {
        // HuffPost: the tagger reads "that" as WDT; the complement was taken for an open question and the whole
        // sentence, frame and all, was one claim with no cue
        List<Clauses.Clause> c = split("The Washington Post reported last week that reading the founding document "
                + "in full appears to be a first in the chamber's 221-year history:");
        assertEquals(1, c.size(), c.toString());
        assertEquals("reading the founding document in full appears to be a first in the chamber's 221-year "
                + "history", c.get(0).content());
        assertEquals("reported", c.get(0).cue());
    }

    @Test
    void theCueOfAColonParagraphIsItsVerbWhenTheVerbReportsAClause() {
        Quote q = corpus.quotes().stream().filter(x -> x.kind().equals("direct")).findFirst().orElseThrow();
        assertEquals("Washington Post", q.speaker());
        assertEquals("reported", q.cue());
        Claim pillar = corpus.claims().stream().filter(x -> x.text().startsWith("A pillar")).findFirst()
                .orElseThrow();
        assertEquals("reported", pillar.cue());
    }

    @Test
    void whoItIsAccordingToIsTheFrame() {
        // HuffPost: the "according to" phrase stayed in the content
        Claim c = corpus.claims().stream().filter(x -> x.text().startsWith("According to")).findFirst()
                .orElseThrow();
        assertEquals("$1.1 million is the estimated cost of GOP plans to read the document on the House floor",
                c.content());
        assertEquals("Peter Keating", c.speaker());
        assertEquals("according to", c.cue());
        // at the end of the sentence too
        List<Clauses.Clause> end = split("The cost of the program rose to $4 billion last year, according to the "
                + "budget office.");
        assertEquals("The cost of the program rose to $4 billion last year", end.get(0).content());
        assertEquals("according to", end.get(0).cue());
    }

    @Test
    void aNameTheParserMadeTheObjectOfAClosingFrameSpeaks() {
        // HuffPost: "explained newly-minted Speaker John Boehner to the Post" was left in the content, no cue
        List<Clauses.Clause> c = split("\"We always hear members of Congress talking about swearing an oath to "
                + "represent their constituents, when in reality the only oath we take is to the Constitution,\" "
                + "explained newly-minted Speaker John Boehner to the Post.");
        assertEquals(1, c.size(), c.toString());
        assertEquals("We always hear members of Congress talking about swearing an oath to represent their "
                + "constituents, when in reality the only oath we take is to the Constitution", c.get(0).content());
        assertEquals("explained", c.get(0).cue());
    }

    @Test
    void aQuotationInTheSubjectOfAnInvertedFrameIsWhatIsSaid() {
        // Fox and HuffPost, 2010: the frame "said Hilary Shelton, director of …" was left in the content, and the
        // subject was the quotation
        List<Clauses.Clause> c = split("Debate was mostly closed to the public, but the final version \"calls on "
                + "the tea party and all people of good will to repudiate the racist element and activities within "
                + "the tea party,\" said Hilary Shelton, director of the NAACP's Washington bureau.");
        assertEquals(2, c.size(), c.toString());
        assertEquals("the final version \"calls on the tea party and all people of good will to repudiate the racist "
                + "element and activities within the tea party\"", c.get(1).content());
        assertEquals("said", c.get(1).cue());
    }

    @Test
    void aQuotationAfterAColonHungOnTheVerbIsWhatItReports() {
        // the New York Times, 2010: "He added:" was left in the content
        List<Clauses.Clause> c = split("He added: \"Knowing that the consequence of silence is violence in these "
                + "times, we're saying stand up and say enough is enough.");
        assertEquals(1, c.size(), c.toString());
        assertTrue(c.get(0).content().startsWith("Knowing that the consequence"), c.get(0).content());
        assertEquals("added", c.get(0).cue());
    }

    @Test
    void aQuotationMarkThatOpensAnotherClaimIsNoPartOfThisOne() {
        // Fox and HuffPost, 2010: "something could evolve """
        List<Clauses.Clause> c = split("It said something could evolve \"and become more dangerous for that small "
                + "percentage of people that really think our country has been taken away from them.\"");
        assertEquals("something could evolve", c.get(0).content());
    }

    @Test
    void theSharedSubjectOfASecondClauseLosesTheDateline() {
        // HuffPost, 2010: the second clause's content opened with "KANSAS CITY, Mo. -"
        List<Clauses.Clause> c = split("KANSAS CITY, Mo. \u2014 Leaders of the country's largest civil rights "
                + "organization accused tea party activists on Tuesday of tolerating bigotry and approved a "
                + "resolution condemning racism within the political movement.");
        assertEquals(2, c.size(), c.toString());
        assertEquals("Leaders of the country's largest civil rights organization approved a resolution condemning "
                + "racism within the political movement", c.get(1).content());
    }

    @Test
    void anUpdateStampIsNoClaim() {
        // round 9's leftover (HuffPost, 2014): "UPDATE: 7:19 p.m" was a claim
        List<Clauses.Clause> c = split("UPDATE: 7:19 p.m. -- The Washington Post now reports that Grimm has already "
                + "\"been secretly indicted by a federal grand jury in Brooklyn, according to people familiar with "
                + "the case.");
        assertEquals(1, c.size(), c.toString());
        assertEquals("reports", c.get(0).cue());
        assertFalse(c.get(0).content().contains("UPDATE"), c.get(0).content());
    }

    @Test
    void anOpeningParticiplePhraseBelongsToTheFrame() {
        // round 9's leftover (HuffPost, 2013): "Asked about his political future" was a claim of no subject
        List<Clauses.Clause> c = split("Asked about his political future, he said, \"I am not running for office; I "
                + "am not a candidate in the future.\"");
        assertEquals(2, c.size(), c.toString());
        assertEquals("I am not running for office", c.get(0).content());
        assertEquals("said", c.get(0).cue());
        assertEquals(0, c.get(0).from(), "the first claim's span opens the sentence");
    }

    @Test
    void aQuotationTheParserHungOnItsFrameIsOneClaim() {
        // round 9's leftover (Fox, 2013): "but because (the governor) believes I can do the job" was hung on
        // "said", and became the governor's claim "I can do the job"
        List<Clauses.Clause> c = split("\u201CI\u2019m not standing here because I\u2019m a person of color, but "
                + "because (the governor) believes I can do the job,\u201D said Cowen, who joins South Carolina "
                + "Republican Sen. Tim Scott as the chamber\u2019s two black senators.");
        assertEquals(1, c.size(), c.toString());
        assertEquals("I'm not standing here because I'm a person of color, but because (the governor) believes I "
                + "can do the job", c.get(0).content());
        assertEquals("said", c.get(0).cue());
    }
}
