package org.crosscheck.annotate;

import static org.crosscheck.annotate.TestCorpora.split;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quote and claim rows found wrong by reading BASIL dev events by hand (2012_08bb9bee, Romney calls on Rep. Akin to
 * quit the Senate race; Fox, HuffPost, NYT): each passage is the outlet's own sentences.
 */
class QuotesClaimsRound11Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        corpus = TestCorpora.build(dir, "round11", Map.of(
                // Fox: a quotation of two sentences whose frame ("they said") is in the second, by speakers who
                // are named nowhere in the sentence
                "fox.txt", "Romney added his voice after five past and present Missouri Republican senators urged "
                        + "Akin to step aside.\n\n"
                        + "\"The issues at stake are too big, and this election is simply too important. The right "
                        + "decision is to step aside,\" they said.\n",
                // NYT: a statement's second quotation, in a sentence of its own after the frame
                "nyt.txt", "Democrats have already pounced.\n\n"
                        + "\u201CAmerican women know that Mitt Romney, Paul Ryan and the party they lead are the "
                        + "wrong choice for women and their families,\u201D a statement from the Democratic "
                        + "committee said. \u201CMitt Romney should do the right thing and denounce this dangerous "
                        + "language.\u201D\n",
                // Fox, 2012_29ffd053: a letter's words, framed by "the letter states", after a sentence that names
                // the man it was sent to
                "letter.txt", "A group of nearly 90 professors and administrators connected to the Jesuit-founded "
                        + "school in Washington, D.C., has sent Ryan, R-Wis., a letter saying he\u2019s misused "
                        + "Catholic doctrine to support his deficit-reducing, GOP House budget.\n\n"
                        + "\u201CWe appreciate your willingness to talk about how Catholic social teaching can help "
                        + "inform effective policy in dealing with the urgent challenges facing our country,\u201D the "
                        + "letter states.\n"));
    }

    private static Claim claim(String startsWith) {
        return corpus.claims().stream().filter(c -> c.content() != null && c.content().startsWith(startsWith))
                .findFirst().orElseThrow(() -> new AssertionError(startsWith + " in " + corpus.claims()));
    }

    @Test
    void whatALetterStatesIsSaidByNoOneTheSentenceNames() {
        // the claim took the quotation row's speaker, Paul Ryan, to whom the letter was sent
        Claim c = claim("We appreciate your willingness to talk");
        assertNull(c.speaker(), c.toString());
        assertEquals("states", c.cue());
    }

    @Test
    void aClosingFrameEndsBeforeAParticiplePhrase() {
        // NYT: the frame was longer than ten words with ", citing …", so it was not taken for a frame and the
        // whole sentence, frame and all, was one claim
        List<Clauses.Clause> c = split("\u201CToday, his fellow Missourians urged him to step aside, and I think he "
                + "should accept their counsel and exit the Senate race,\u201D Mr. Romney said in a statement, citing "
                + "former Missouri senators like John Ashcroft, Kit Bond, John Danforth and Jim Talent.");
        assertEquals(3, c.size(), c.toString());
        assertTrue(c.get(0).content().endsWith("his fellow Missourians urged him to step aside"), c.toString());
        assertEquals("said", c.get(0).cue());
        assertEquals("he should accept their counsel and exit the Senate race", c.get(1).content());
        assertFalse(c.get(1).content().contains("Romney said"), c.toString());
        // the participle phrase is a claim of its own, of the frame's subject, with no "said"
        assertEquals("Mr. Romney citing former Missouri senators like John Ashcroft, Kit Bond, John Danforth and "
                + "Jim Talent", c.get(2).content());
        assertNull(c.get(2).cue());
    }

    @Test
    void aParticiplePhraseAfterTheFrameIsNoPartOfTheQuotationsClaim() {
        // Fox: the claim ran to the end of the sentence, so the "citing" report, longer than the quotation, gave it
        // its cue
        List<Clauses.Clause> c = split("\"I believe that we can win this,\" Akin said, citing a \"tremendous "
                + "outpouring of support\" from individual donors even as party heavyweights freeze him out.");
        assertEquals(2, c.size(), c.toString());
        assertEquals("we can win this", c.get(0).content());
        assertEquals("Akin citing a \"tremendous outpouring of support\" from individual donors even as party "
                + "heavyweights freeze him out", c.get(1).content());
        Doc d = TestCorpora.analyse("\"I believe that we can win this,\" Akin said, citing a \"tremendous "
                + "outpouring of support\" from individual donors even as party heavyweights freeze him out.");
        assertEquals("Akin said", d.body.text().substring(d.toks.get(c.get(0).to() - 2).start,
                d.toks.get(c.get(0).to() - 1).end));
    }

    @Test
    void aFrameThatDescribesHowItWasSpokenStaysInTheFrame() {
        List<Clauses.Clause> c = split("\"We are not going anywhere,\" the senator said, speaking on condition of "
                + "anonymity.");
        assertEquals(1, c.size(), c.toString());
        assertEquals("We are not going anywhere", c.get(0).content());
        assertEquals("said", c.get(0).cue());
    }

    @Test
    void whatSeemsIsOneClaimWithItsSeems() {
        // Fox: "that's really rare" was split from its "It seems to me …", which was left as a claim of nothing
        List<Clauses.Clause> c = split("\"It seems to me first of all, from what I understand from doctors, "
                + "that's really rare,\" Akin told KTVI.");
        assertEquals(1, c.size(), c.toString());
        assertTrue(c.get(0).content().startsWith("It seems to me first of all"), c.toString());
        assertTrue(c.get(0).content().endsWith("that's really rare"), c.toString());
        assertEquals("told", c.get(0).cue());
    }

    @Test
    void aWhWordOpeningTheQuotationsSubjectAsksNothing() {
        // Fox: "What he said" was read as the wh-word of an open question, so the frame kept the quotation and the
        // claim had no subject
        List<Clauses.Clause> c = split("\"What he said is just flat wrong in addition to being wildly offensive to "
                + "any victim of sexual abuse,\" McConnell said.");
        assertEquals(1, c.size(), c.toString());
        assertEquals("What he said", c.get(0).subject());
        assertEquals("said", c.get(0).cue());
        // an open question stays in its frame's claim
        List<Clauses.Clause> q = split("The aide explained who sent the letter to the senator.");
        assertEquals(1, q.size(), q.toString());
        assertNull(q.get(0).cue());
    }

    @Test
    void aReportHungOnAnInfinitiveIsAClaimOfItsOwn() {
        // NYT: "saying" hangs on "deflect", below "tried"; the whole sentence was one claim of the reporter's
        List<Clauses.Clause> c = split("Reince Priebus, the chairman of the Republican National Committee, tried to "
                + "deflect questions on behalf of Mr. Romney, saying on Fox News that \u201Cthis is the platform of "
                + "the Republican Party, it is not the platform of Mitt Romney.\u201D");
        assertEquals("Reince Priebus, the chairman of the Republican National Committee, tried to deflect questions "
                + "on behalf of Mr. Romney", c.get(0).content());
        assertNull(c.get(0).cue());
        assertEquals("this is the platform of the Republican Party", c.get(1).content());
        assertEquals("saying", c.get(1).cue());
        assertTrue(c.stream().anyMatch(x -> x.content().equals("it is not the platform of Mitt Romney")
                && "saying".equals(x.cue())), c.toString());
    }

    @Test
    void aClaimInsideADirectQuotationHasItsVerbWhoeverSaidIt() {
        // the frame is in the quotation's last sentence (Fox) or in the sentence before (NYT); the speakers are
        // named by no entity ("they", "a statement from the Democratic committee"), so the claims had no cue
        assertEquals("said", claim("The issues at stake are too big").cue());
        assertEquals("said", claim("this election is simply too important").cue());
        assertEquals("said", claim("Mitt Romney should do the right thing").cue());
        // the reporter's own sentences stay without one
        assertNull(claim("Democrats have already pounced").cue());
    }
}
