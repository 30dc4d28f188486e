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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claim rows found wrong by reading BASIL dev events by hand (2013_f506aafc, Jesse Jackson Jr. pleads guilty over
 * his campaign spending; Fox, HuffPost, NYT): each sentence is the outlet's own.
 */
class QuotesClaimsRound12Test {

    @Test
    void aPrepositionalPhraseOfTheFrameIsPartOfTheFrameHoweverLong() {
        // NYT: the frame after the quotation had fourteen words, more than a frame may have, so the whole sentence,
        // frame and all, was one claim with no cue
        List<Clauses.Clause> c = split("\u201CFor years I lived off my campaign,\u201D Mr. Jackson, 47, said in "
                + "response to questions from the judge about the plea.");
        assertEquals(1, c.size(), c.toString());
        assertEquals("For years I lived off my campaign", c.get(0).content());
        assertEquals("said", c.get(0).cue());
        assertEquals("I", c.get(0).subject());
    }

    @Test
    void aSubjectlessClauseOfTimeAfterTheFrameIsPartOfTheFrame() {
        // NYT: "when asked whether he would accept the plea deal" has a finite verb, which made the words after the
        // quotation no frame
        List<Clauses.Clause> c = split("\u201CGuilty, Your Honor \u2014 I misled the American people,\u201D Mr. "
                + "Jackson said when asked whether he would accept the plea deal.");
        assertEquals(1, c.size(), c.toString());
        assertTrue(c.get(0).content().endsWith("I misled the American people"), c.toString());
        assertFalse(c.get(0).content().contains("plea deal"), c.toString());
        assertEquals("said", c.get(0).cue());
        // a clause of the reporter's own after the frame stays a claim of its own, with no cue
        List<Clauses.Clause> own = split("\u201CWe will appeal,\u201D the lawyer said, and the family wept openly in "
                + "the courtroom as the judge read the long verdict.");
        assertEquals(2, own.size(), own.toString());
        assertEquals("We will appeal", own.get(0).content());
        assertTrue(own.get(1).content().startsWith("the family wept"), own.toString());
        assertNull(own.get(1).cue());
    }

    @Test
    void whatPapersDiscloseIsTheirClaim() {
        // Fox: "disclosed" was no verb of saying, so the claim was the whole sentence, with no cue
        List<Clauses.Clause> c = split("As the hearing for Jackson got under way Wednesday, newly filed court papers "
                + "disclosed that the judge had offered to disqualify himself from handling the cases against Jackson "
                + "and his wife.");
        assertEquals(1, c.size(), c.toString());
        assertEquals("the judge had offered to disqualify himself from handling the cases against Jackson and his "
                + "wife", c.get(0).content());
        assertEquals("disclosed", c.get(0).cue());
    }

    @Test
    void aParticiplePhraseAfterAQuotationsClosingMarkIsTheReportersNotTheQuotations() {
        // HuffPost: the parser hung "calling …" on the last verb inside the quotation, so the acknowledged claim ran
        // on to the end of the sentence and "saying he had …" was no report of its own
        List<Clauses.Clause> c = split("He acknowledged he \"used money that shouldn't have been used,\" calling the "
                + "government's statement accurate and saying he had \"no interest in wasting the taxpayers' time or "
                + "money.\"");
        assertEquals(3, c.size(), c.toString());
        assertEquals("he used money that shouldn't have been used", c.get(0).content());
        assertEquals("acknowledged", c.get(0).cue());
        assertTrue(c.get(1).content().endsWith("calling the government's statement accurate"), c.toString());
        assertNull(c.get(1).cue());
        assertTrue(c.get(2).content().startsWith("he had"), c.toString());
        assertEquals("saying", c.get(2).cue());
    }

    @Test
    void theClosingFrameIsNoReportOfAVerbInsideTheQuotation() {
        // Fox, 2013_a4f1d515, a Google spokesperson: "said" hangs on "disclose" inside the quotation; with "disclose" a
        // verb of saying, the quotation's claim would have had the frame for its content
        List<Clauses.Clause> c = split("\"We disclose user data to government in accordance with the law, and we "
                + "review all such requests carefully,\" the spokesperson said.");
        assertEquals(2, c.size(), c.toString());
        assertEquals("We disclose user data to government in accordance with the law", c.get(0).content());
        assertEquals("said", c.get(0).cue());
        assertEquals("said", c.get(1).cue());
    }

    @Test
    void aPassiveVerbOfSayingWithWhatWasSaidForItsSubjectReportsNoClauseBesideIt() {
        // Fox, 2014_d1344998: the subpoenas' clause was taken for a bare frame and went into the campaign's claim
        List<Clauses.Clause> c = split("The subpoenas were disclosed Thursday, the same day the Republican "
                + "governor's campaign announced it had hired the Washington, D.C., law firm Patton Boggs in the case.");
        assertEquals(2, c.size(), c.toString());
        assertEquals("The subpoenas were disclosed Thursday", c.get(0).content());
        assertNull(c.get(0).cue());
        assertEquals("announced", c.get(1).cue());
        // a "that" clause of a passive "told" is still what was told
        List<Clauses.Clause> t = split("Some people were told that they would be meeting with an official from the "
                + "Justice Department, but that it was Holder.");
        assertEquals("told", t.get(0).cue());
    }

    @Test
    void aRelativeClauseWithoutThatStaysWithItsNoun() {
        // HuffPost: the parser hung "I have made" on "said", so the claim stopped at "mistakes"
        List<Clauses.Clause> c = split("In a statement issued by his lawyers on Friday after court records "
                + "indicated he planned a guilty plea, Jackson said he had \u201Cno excuses\u201D for his conduct and "
                + "\u201Cfully accept my responsibility for the improper decisions and mistakes I have made.\u201D");
        assertTrue(c.stream().anyMatch(x -> x.content().endsWith("the improper decisions and mistakes I have made\u201D")
                || x.content().endsWith("the improper decisions and mistakes I have made\"")
                || x.content().endsWith("the improper decisions and mistakes I have made")), c.toString());
        assertTrue(c.stream().anyMatch(x -> "said".equals(x.cue()) && x.content().startsWith("he had")),
                c.toString());
    }

    @Test
    void aReportInARelativeClauseIsNotTheClaimsReport(@TempDir Path dir) throws IOException {
        // NYT: the claim took Jackson for its speaker and "said" for its cue from the report inside "who has said …"
        Corpus corpus = TestCorpora.build(dir, "relative", Map.of("nyt.txt", "Since then, Mr. Jackson, who has said "
                + "he had no knowledge of the offer, has been dogged by questions about his ethics.\n\n"
                + "When the question of her role was taken up again in the afternoon hearing by Representative Ed "
                + "Royce, the California Republican who is chairman of the House Foreign Affairs Committee, Mrs. "
                + "Clinton acknowledged that she had been briefed on a series of events.\n"));
        Claim dogged = corpus.claims().stream().filter(c -> c.text().contains("dogged")).findFirst().orElseThrow();
        assertNull(dogged.speaker(), dogged.toString());
        assertNull(dogged.cue(), dogged.toString());
        // the parser makes "acknowledged" the verb of the relative clause "who is chairman …", past a comma: the
        // report stays the claim's
        Claim briefed = corpus.claims().stream().filter(c -> c.text().contains("briefed")).findFirst().orElseThrow();
        assertEquals("acknowledged", briefed.cue(), briefed.toString());
    }

    @Test
    void aClaimThatIsOnePieceOfAQuotationIsShownAsAQuotationOfItsOwn(@TempDir Path dir) throws IOException {
        // Fox: the quotation goes on over two claims; each row showed one mark unpaired ("“I did these things.",
        // "… I used money that should have been used for my campaign.”")
        Corpus corpus = TestCorpora.build(dir, "pieces", Map.of("hpo.txt", "\u201cI truly understand the "
                + "consequences of my actions and of the preceding,\u201d Jackson said through tears. \u201cI did these "
                + "things. \u2026 I used money that should have been used for my campaign.\u201d\n"));
        // (the text is read with straight marks and "..." for the ellipsis)
        List<String> shown = corpus.claims().stream().map(Claim::readable).toList();
        for (String r : shown) {
            assertEquals(0, r.chars().filter(ch -> ch == '"').count() % 2, shown.toString());
        }
        assertTrue(shown.contains("\"I did these things.\""), shown.toString());
        assertTrue(shown.contains("\"... I used money that should have been used for my campaign.\""), shown.toString());
        // the spans themselves keep their text as written
        assertTrue(corpus.claims().stream().anyMatch(c -> c.text().equals("\"I did these things.")),
                corpus.claims().toString());
    }
}
