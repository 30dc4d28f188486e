package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claim rows found wrong by reading BASIL dev events by hand (2014_ccf19ab6, Kevin McCarthy calls for legal status
 * for undocumented immigrants; Fox, HuffPost, NYT), and leftovers of earlier rounds: each sentence is the outlet's
 * own.
 */
class QuotesClaimsRound14Test {

    @Test
    void aPieceOfAQuotationWithNoMarkOfItsOwnIsShownBetweenMarks(@TempDir Path dir) throws IOException {
        // Fox (2011_550b80db): the quotation's second clause, "I intend to do so.", was shown as the reporter's own
        // words: its span holds neither mark, and the row showed none
        Corpus corpus = TestCorpora.build(dir, "bachmann", Map.of("fox.txt", "\"Of course my job is to defeat "
                + "Michele Bachmann and I intend to do so. But good women will not run for office if Newsweek magazine "
                + "can do this to such a prominent politician and get away with it,\" O'Neill said.\n"));
        Claim intend = corpus.claims().stream().filter(c -> c.text().contains("intend")).findFirst().orElseThrow();
        assertEquals("I intend to do so.", intend.text(), corpus.claims().toString());
        assertTrue(intend.quoted(), intend.toString());
        assertEquals("\"I intend to do so.\"", intend.readable());
        // the pieces that hold a mark are shown closed as before, and are not flagged: their mark is in the span
        List<String> shown = corpus.claims().stream().map(Claim::readable).toList();
        assertTrue(shown.contains("\"Of course my job is to defeat Michele Bachmann\""), shown.toString());
        for (String r : shown) {
            assertEquals(0, r.chars().filter(ch -> ch == '"').count() % 2, shown.toString());
        }
        // the reporter's own sentence is no quotation
        Corpus plain = TestCorpora.build(dir, "plain", Map.of("hpo.txt", "McCarthy's district is roughly 35 percent "
                + "Latino.\n"));
        assertFalse(plain.claims().get(0).quoted(), plain.claims().toString());
    }

    @Test
    void aPastBesideTheReportingVerbIsTheReportersNotTheSpeakers(@TempDir Path dir) throws IOException {
        // HuffPost: "stopped" was parsed as a conjunct of "would support", inside what McCarthy said, and the claim
        // "he … stopped short of calling for a path to citizenship" was McCarthy's with the cue "said"; a bare past
        // cannot share the modal "would": it goes with "said", and the stop is the reporter's account
        Corpus corpus = TestCorpora.build(dir, "mccarthy", Map.of("hpo.txt", "House Majority Whip Kevin McCarthy "
                + "(R-Calif.), a longtime target of immigration activists, said Tuesday that he would support allowing "
                + "undocumented immigrants to stay in the U.S., but stopped short of calling for a path to "
                + "citizenship.\n"));
        Claim stopped = corpus.claims().stream().filter(c -> c.text().contains("stopped")).findFirst().orElseThrow();
        assertNull(stopped.cue(), stopped.toString());
        assertNull(stopped.speaker(), stopped.toString());
        // the shared subject put in front is the name, without its party and state in parentheses
        assertEquals("House Majority Whip Kevin McCarthy", stopped.subject(), stopped.toString());
        assertEquals("House Majority Whip Kevin McCarthy stopped short of calling for a path to citizenship",
                stopped.content());
        Claim support = corpus.claims().stream().filter(c -> c.text().contains("support")).findFirst().orElseThrow();
        assertEquals("said", support.cue(), support.toString());
        assertEquals("he would support allowing undocumented immigrants to stay in the U.S", support.content());
    }

    @Test
    void aPastBesideAPastInTheComplementStaysInIt() {
        // what the reported clause says in the past may go on in the past: "lied and cheated" are both reported
        List<Clauses.Clause> c = TestCorpora.split("The prosecutor said that the company lied to its investors, and "
                + "hid the losses from its auditors for three years.");
        assertTrue(c.stream().allMatch(k -> "said".equals(k.cue())), c.toString());
    }

    @Test
    void aVerbOfWarningOrFearingReportsItsFiniteComplement() {
        // NYT: "worry" was no frame verb, so the claim was the whole sentence with no cue, the critics' worry
        // asserted as the reporter's
        List<Clauses.Clause> c = TestCorpora.split("Critics worry that House Republican leaders and Senate Democrats "
                + "are essentially negotiating a final deal, bypassing formal House-Senate negotiations, where "
                + "conservatives had hoped to derail the process.");
        assertEquals("worry", c.get(0).cue(), c.toString());
        assertEquals("House Republican leaders and Senate Democrats are essentially negotiating a final deal",
                c.get(0).content());
        // NYT (2014_ed8c136f)
        List<Clauses.Clause> d = TestCorpora.split("Mr. Magee cautioned that it could take weeks for the grand jury to "
                + "consider all of the evidence.");
        assertEquals("cautioned", d.get(0).cue(), d.toString());
        assertEquals("it could take weeks for the grand jury to consider all of the evidence", d.get(0).content());
        // with no finite complement the verb asserts something of its subject: still a claim, no frame
        List<Clauses.Clause> e = TestCorpora.split("Many economists fear a second recession next year.");
        assertEquals(1, e.size(), e.toString());
        assertNull(e.get(0).cue(), e.toString());
        // a subordinate verb, which the parser gave the main clause to, frames nothing (HuffPost, 2010_74708dbf)
        List<Clauses.Clause> f = TestCorpora.split("And while many predict that Steele will call it quits after his "
                + "current term, his increasing seclusion and detachment from other Republican advisers has made his "
                + "forthcoming decision difficult to ascertain.");
        assertTrue(f.stream().noneMatch(k -> "predict".equals(k.cue())), f.toString());
    }

    @Test
    void aThatOpeningTheContentIsItsComplementizerThoughHungOnTheClausalSubject() {
        // Fox (2010_df5fe55a): the parser made "that" the mark of "to pass", the subject of "would raise", and the
        // content opened with it
        List<Clauses.Clause> c = TestCorpora.split("Outgoing White House economic adviser Larry Summers warned "
                + "Wednesday that failure to pass a new tax cut compromise would significantly raise the risk of a "
                + "double-dip recession.");
        assertEquals(1, c.size(), c.toString());
        assertEquals("warned", c.get(0).cue());
        assertEquals("failure to pass a new tax cut compromise would significantly raise the risk of a double-dip "
                + "recession", c.get(0).content());
        // follow-up: the subject, the clausal subject "to pass", loses the "that" as well
        assertEquals("failure to pass a new tax cut compromise", c.get(0).subject());
    }

    @Test
    void aRelativeClauseOnANounInsideTheSubjectIsNoPartOfIt() {
        // Fox: the relative clause hangs on "House", inside the subject, so round 13's rule (a description of the
        // subject's head) did not take it out
        List<Clauses.Clause> c = TestCorpora.split("Conservative members of the Republicans in the House, where they "
                + "hold a majority, had been adamant about not signing off on any measure that called for granting a "
                + "pathway to legalization for people who are living in the country illegally.");
        assertEquals("Conservative members of the Republicans in the House", c.get(0).subject(), c.toString());
        // a relative clause with no comma before it tells which noun is meant: it stays
        List<Clauses.Clause> d = TestCorpora.split("The mother of the boy who was hurt in the crash has hired a "
                + "lawyer.");
        assertEquals("The mother of the boy who was hurt in the crash", d.get(0).subject(), d.toString());
    }

    @Test
    void aRelativeClauseBetweenDashesOnANounInsideTheSubjectIsNoPartOfIt() {
        // Fox (2014_ccf19ab6), follow-up: the clause between two dashes stayed in the subject
        List<Clauses.Clause> c = TestCorpora.split("The path to legalization's inclusion in the plan - which House "
                + "Republican leaders discussed as recently as Wednesday -- could prove controversial.");
        assertEquals("The path to legalization's inclusion in the plan", c.get(0).subject(), c.toString());
    }

    @Test
    void quotedAsSayingIsOneFrameWithItsQuotation() {
        // Fox (2014_ccf19ab6), follow-up: "was quoted in The Hill" was a claim of its own, and the quotation a second
        // row starting "as saying:"
        List<Clauses.Clause> c = TestCorpora.split("Sen. Charles Schumer, a New York Democrat, was quoted in The Hill as "
                + "saying: \"One thing is certain, just as with the budget, the one thing that will make immigration "
                + "reform fail is the Tea Party.\"");
        assertEquals(1, c.size(), c.toString());
        assertEquals("saying", c.get(0).cue());
        assertTrue(c.get(0).content().startsWith("One thing is certain"), c.toString());
        // a passive with no "as saying" stays a claim of its own
        List<Clauses.Clause> d = TestCorpora.split("The senator was quoted in three newspapers on Sunday.");
        assertEquals(1, d.size(), d.toString());
        assertNull(d.get(0).cue(), d.toString());
    }

    @Test
    void aReportingVerbRightAfterANounWithNoSubjectOfItsOwnIsAReducedRelative(@TempDir Path dir) throws IOException {
        // BBC business/314: "says" was parsed as an unlabelled dependent of "paid", without "Russia" for subject, and
        // became a second report of Baikal's, "Baikal … says Yukos owes in taxes."; the clause describes the sum
        Corpus corpus = TestCorpora.build(dir, "yukos", Map.of("bbc.txt", "Baikal paid 260.75bn roubles ($9.37bn: "
                + "£4.8bn) for Yugansk - nowhere near the $27bn Russia says Yukos owes in taxes.\n"));
        assertEquals(1, corpus.claims().size(), corpus.claims().toString());
        Claim paid = corpus.claims().get(0);
        assertTrue(paid.text().endsWith("Russia says Yukos owes in taxes."), paid.toString());
        assertNull(paid.speaker(), paid.toString());
        assertNull(paid.cue(), paid.toString());
        assertEquals("Baikal", paid.subject());
        // a noun after a coordinator opens a clause of its own whose subject the parser lost (Fox, 2011_2058ec60)
        List<Clauses.Clause> c = TestCorpora.split("But those two remedies require different standards for class "
                + "certification and Justice Ruth Bader Ginsburg said it was \"a very serious problem\" in the case to "
                + "try and sue for punitive damages after only obtaining certification under the lower threshold "
                + "required for the injunction.");
        assertTrue(c.stream().anyMatch(k -> "said".equals(k.cue())), c.toString());
    }
}
