package org.crosscheck.annotate;

import static org.crosscheck.annotate.TestCorpora.split;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Claim rows found wrong by reading BASIL dev events by hand (2011_0ffb34cd, Sheriff Joe Arpaio endorses Rick Perry;
 * 2014_c99adbdd, Rep. Labrador runs for House majority leader; Fox, HuffPost, NYT): each sentence is the outlet's
 * own.
 */
class QuotesClaimsRound13Test {

    @Test
    void aRelativeClauseTheParserLabelledOtherwiseStillDescribesTheFramesSpeaker() {
        // Fox: "who is 46" came out as a "dep" of "Labrador", so its "is" was a second finite verb after the
        // quotation and the whole sentence, frame and all, was the claim
        List<Clauses.Clause> c = split("\u201CI was stunned when Eric Cantor lost his primary election earlier this "
                + "week,\u201D Labrador, who is 46, said in his announcement about running for majority leader.");
        assertEquals(1, c.size(), c.toString());
        assertEquals("I was stunned when Eric Cantor lost his primary election earlier this week", c.get(0).content());
        assertEquals("said", c.get(0).cue());
    }

    @Test
    void aPossessiveApostropheInTheFrameIsNoQuotationMark() {
        // NYT: the tagger read the apostrophe of "FreedomWorks’" as a closing quotation mark, so the frame was not
        // read as one: the claim held the frame's words and had no cue
        List<Clauses.Clause> c = split("\u201CNow that grass-roots conservatives FIRED Eric Cantor, we need a new "
                + "majority leader in the House of Representatives,\u201D FreedomWorks\u2019 website said Friday.");
        assertEquals(1, c.size(), c.toString());
        assertEquals("said", c.get(0).cue());
        assertFalse(c.get(0).content().contains("website"), c.toString());
        assertEquals("we", c.get(0).subject());
    }

    @Test
    void wordsLeftOutBetweenTwoCommasLeaveOneComma() {
        // NYT: the attribution "according to officials" is left out of the content, and its two commas were
        // both kept (", ,")
        List<Clauses.Clause> c = split("It was the first time in a generation, according to officials, that the "
                + "federal government has filed suit to force a law enforcement agency to cooperate with such an "
                + "investigation.");
        assertEquals(1, c.size(), c.toString());
        assertEquals("It was the first time in a generation, that the federal government has filed suit to force a "
                + "law enforcement agency to cooperate with such an investigation", c.get(0).content());
        assertEquals("according to", c.get(0).cue());
        // NYT: the participle phrase with its quotation is a claim of its own; the closing mark it leaves behind
        // went, its comma stayed beside the one before it
        List<Clauses.Clause> d = split("On Tuesday he repeated his apology for that comment, calling it \u201Cvery "
                + "inappropriate,\u201D his latest effort to try to win back some Republican primary voters who "
                + "abandoned him as rivals sought to paint him as too soft on illegal immigration.");
        assertFalse(d.get(0).content().contains(", ,"), d.toString());
    }

    @Test
    void whatDescribesTheSubjectsNameAfterACommaIsNoPartOfTheSubject() {
        // NYT: the relative clause made the subject seventeen words long
        List<Clauses.Clause> c = split("Mr. Arpaio, who gained wide notice for forcing inmates to wear pink underwear "
                + "and housing them in tents, is popular in his state, where he has repeatedly won re-election by a "
                + "sizable margin.");
        assertEquals("Mr. Arpaio", c.get(0).subject());
        // the content keeps the description: it is the reporter's claim too
        assertEquals("Mr. Arpaio, who gained wide notice for forcing inmates to wear pink underwear and housing them "
                + "in tents, is popular in his state, where he has repeatedly won re-election by a sizable margin",
                c.get(0).content());
        // Fox: a participle phrase; Fox (Labrador): an apposition and an age
        assertEquals("Arizona Sheriff Joe Arpaio", split("Arizona Sheriff Joe Arpaio, known for his tough and "
                + "controversial stances on illegal immigration, endorsed three term Texas Governor Rick Perry for the "
                + "Republican presidential nomination on Tuesday morning.").get(0).subject());
        assertEquals("Economics professor Dave Brat", split("Economics professor Dave Brat, the Tea Party candidate "
                + "who defeated Cantor, attacked the congressman as soft on border security and on people who come "
                + "here illegally.").get(0).subject());
        assertEquals("McCarthy", split("On Friday morning, McCarthy, 49, appeared to be headed toward running "
                + "unopposed after some rivals dropped out.").get(0).subject());
        // NYT (2014_ed8c136f): the shared subject put in front of the second clause is the name alone too
        List<Clauses.Clause> w = split("He said that Officer Darren Wilson, who shot Mr. Brown, had been interviewed by "
                + "police investigators and would be given the opportunity to testify.");
        assertEquals("Officer Darren Wilson would be given the opportunity to testify", w.get(w.size() - 1).content(),
                w.toString());
    }

    @Test
    void anAppositionAfterACommonNounMayBeTheNameAndStays() {
        // NYT: "a longtime Arpaio ally" says less than the name that follows it
        List<Clauses.Clause> c = split("Earlier this month a longtime Arpaio ally, Arizona State Sen. Russell Pearce, "
                + "was defeated in a recall election by a more moderate Republican.");
        assertTrue(c.get(0).subject().endsWith("Russell Pearce"), c.toString());
        // BASIL dev NYT 2013_84678e18, 2011_97566c74: an apposition headed by a name may be the name, or the next
        // in a list of names; it stays
        assertTrue(split("One Democrat, Representative Stephen F. Lynch of Massachusetts, even raised the threat of "
                + "appointing a special prosecutor if Congress continues to feel that the I.R.S. is not being "
                + "straightforward.").get(0).subject().contains("Lynch"));
        assertTrue(split("Mitt Romney, Rick Perry, Michele Bachmann, Jon M. Huntsman Jr. and Ron Paul all declined, "
                + "putting a big dent in Mr. Trump\u2019s self-proclaimed status as Republican kingmaker.").get(0)
                .subject().endsWith("Ron Paul"));
        // HuffPost 2011_2058ec60: the abbreviation's point stays when the description after it goes
        List<Clauses.Clause> w = split("The 10-year-old lawsuit, argued in lively exchanges at the court Tuesday, "
                + "claims that Wal-Mart Stores Inc., the world's largest employer, favors men over women in pay and "
                + "promotions.");
        assertEquals("Wal-Mart Stores Inc.", w.get(0).subject(), w.toString());
        // seed 003: a dateline run into the sentence is no description of a name; the subject is left as it was
        assertEquals("Kyiv, Ukraine - Tensions", split("Kyiv, Ukraine \u2013 Tensions are escalating as Ukrainian "
                + "forces have captured two Chinese nationals fighting alongside the Russian army in eastern Ukraine.")
                .get(0).subject());
    }

    @Test
    void aParticipleBeforeAnInvertedSubjectDescribesItAndIsNoClaimOfItsOwn() {
        // NYT (BASIL 2011_550b80db): "At the bottom of the page" was a claim of its own, the participle between it
        // and the verb another; the sentence is one claim
        List<Clauses.Clause> c = split("At the bottom of the page, floating across her torso in bold white letters, "
                + "are the words \u201CThe Queen of Rage.\u201D");
        assertEquals(1, c.size(), c.toString());
        assertTrue(c.get(0).content().startsWith("At the bottom of the page"), c.toString());
        assertTrue(c.get(0).content().contains("floating across her torso"), c.toString());
        assertTrue(c.get(0).content().endsWith("are the words \"The Queen of Rage.\""), c.toString());
        // a participle after the verb is still a second assertion (round 3)
        assertEquals(2, split("The governor signed the bill on Tuesday, calling it a clear signal to the "
                + "state's businesses.").size());
    }

    @Test
    void aVerbOfSayingThatIsOnlyExpectedReportsNothingYet() {
        // HuffPost (BASIL 2010_74708dbf): split into "RNC Chairman Michael Steele is expected" and the complement
        // of "announce", said by "some"; the announcement is expected, not made
        List<Clauses.Clause> c = split("RNC Chairman Michael Steele is expected by some to announce that he will not "
                + "seek a second term as the head of the Republican National Committee, according to multiple "
                + "reports.");
        assertEquals(1, c.size(), c.toString());
        assertEquals("RNC Chairman Michael Steele", c.get(0).subject());
        assertTrue(c.get(0).content().contains("is expected by some to announce that he will not seek"),
                c.toString());
        assertEquals(-1, c.get(0).speakerHead(), c.toString());
        // an announcement made still reports its complement
        List<Clauses.Clause> d = split("Mr. Steele announced that he will not seek a second term as the head of the "
                + "Republican National Committee.");
        assertEquals("announced", d.get(0).cue(), d.toString());
        assertEquals("he will not seek a second term as the head of the Republican National Committee",
                d.get(0).content());
    }
}
