package org.crosscheck.annotate;

import static org.crosscheck.annotate.TestCorpora.claims;
import static org.crosscheck.annotate.TestCorpora.withContent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quote and claim rows found wrong by reading BASIL dev event 2013_1bb79cc1 by hand (the White House releases the
 * Benghazi talking-points e-mails; Fox, HuffPost, NYT), and the leftovers of round 14: each sentence is the outlet's
 * own.
 */
class OtherStoryQuotesRound15Test {

    @Test
    void aVerbOfSayingHungOnTheApposedNameOfTheRootIsTheRoot() {
        // NYT (2014_ccf19ab6): the parser rooted the sentence on "Labrador" and made "said" a conjunct of the
        // apposition "a Republican of Idaho": the whole sentence was one claim with no verb, no cue and no subject
        String[] c = withContent(claims("Representative Raúl R. Labrador, a Republican of Idaho and once a leading "
                + "immigration negotiator in the House, said it would be a mistake to push forward."), "it would");
        assertEquals("it would be a mistake to push forward", c[0]);
        assertEquals("said", c[1]);
        assertEquals("Labrador", c[2]);
    }

    @Test
    void aFrameBetweenCommasAfterTheRootNameInterruptsTheNamesClause() {
        // NYT: "Morell" the root, "officials said" a "dep" of it and "acted" a "dep" of "said"; the claim was the
        // whole sentence, frame and all, with no cue
        String[] c = withContent(claims("Mr. Morell, officials said, acted on his own and not in response to pressure "
                + "from the State Department."), "Mr. Morell");
        assertEquals("Mr. Morell acted on his own and not in response to pressure from the State Department", c[0]);
        assertEquals("said", c[1]);
        assertEquals("officials", c[2]);
        assertEquals("Mr. Morell", c[3]);
    }

    @Test
    void anAsideAsXNotesNamesTheSourceOfItsClause() {
        // HuffPost (2014_ccf19ab6): "notes" read as a plural noun, so "as TPM notes" stayed in the content of a claim
        // with no cue
        String[] c = withContent(claims("McCarthy has previously been more open to immigration reform than many of "
                + "his House Republican colleagues, and, as TPM notes, his district is 35 percent Latino."), "his");
        assertEquals("his district is 35 percent Latino", c[0]);
        assertEquals("notes", c[1]);
        assertEquals("TPM", c[2]);
        // a verb of belief in the aside hedges what follows; it stays (Fox, Clinton's testimony)
        List<String[]> clinton = claims("I have made it very clear that the security cable did not come to my "
                + "attention or above the assistant secretary level where the ARB (Accountability Review Board) placed "
                + "responsibility where, as I think, Ambassador Pickering said the rubber hit the road.");
        assertTrue(clinton.stream().anyMatch(k -> k[0].contains("as I think")),
                clinton.stream().map(k -> k[0]).toList().toString());
    }

    @Test
    void aDatelinePlaceIsNoSpeakerOfTheClaim(@TempDir Path dir) throws IOException {
        // NYT (2011_0ffb34cd): the parser made "AMHERST" the subject of "said" and the governor its apposition; the
        // claim's speaker was "Amherst"
        Corpus corpus = TestCorpora.build(dir, "perry", Map.of("nyt.txt", "AMHERST, N.H. — Gov. Rick Perry of Texas "
                + "on Tuesday said he would back a federal policy “to detain and to deport every illegal alien that we "
                + "apprehend.”\n"));
        Claim c = corpus.claims().stream().filter(k -> k.text().contains("back")).findFirst().orElseThrow();
        assertEquals("said", c.cue(), c.toString());
        assertNotNull(c.speaker(), c.toString());
        assertTrue(c.speaker().contains("Perry"), c.toString());
    }

    @Test
    void aVerbOfSayingInAMannerFramesAQuotationAfterWhereItWasPut(@TempDir Path dir) throws IOException {
        // NYT: "complained in an e-mail, “…”" had neither speaker nor cue (a manner verb must stand right next to
        // its quotation), and the claim held the whole frame
        Corpus corpus = TestCorpora.build(dir, "nuland", Map.of("nyt.txt", "At 7:16 p.m., Victoria Nuland, the State "
                + "Department spokeswoman, weighed in with her initial concerns.\n\nAt 9:24 p.m., Ms. Nuland, reading "
                + "the latest draft, complained in an e-mail, “These don’t resolve all my issues or those of my "
                + "building leadership.”\n"));
        Quote q = TestCorpora.quotes(corpus, "nyt", "These don").get(0);
        assertEquals("complained", q.cue(), q.toString());
        assertEquals("Victoria Nuland", q.speaker(), q.toString());
        Claim c = corpus.claims().stream().filter(k -> k.text().contains("These")).findFirst().orElseThrow();
        assertEquals("These don't resolve all my issues or those of my building leadership", c.content());
        assertEquals("complained", c.cue(), c.toString());
    }

    @Test
    void aReportHungOnTheObjectIsTheSubjectsSecondReport() {
        // NYT: "saying" a participle of "comments"; the quotation stayed in one claim with the frame "offered his
        // first comments, saying,"
        List<String[]> c = claims("Ten minutes later, Benjamin J. Rhodes, a deputy national security adviser, offered "
                + "his first comments, saying, “We need to resolve this in a way that respects all of the relevant "
                + "equities, especially the investigation.”");
        String[] said = withContent(c, "We need");
        assertEquals("saying", said[1]);
        assertEquals("Rhodes", said[2]);
    }

    @Test
    void anObjectFollowedByAnUnlabelledVerbIsTheReportedClause() {
        // HuffPost: "the role" made the object of "said" and "shows" a "dep" of it: the claim was the whole sentence
        // with no cue, the critics' judgment asserted as the reporter's
        String[] c = withContent(claims("Critics have said the role of State Department spokeswoman Victoria Nuland in "
                + "revising the talking points in particular shows an administration trying to protect its reputation "
                + "as being tough on terrorism."), "the role");
        assertEquals("said", c[1]);
        assertEquals("Critics", c[2]);
        assertTrue(c[0].endsWith("shows an administration trying to protect its reputation as being tough on "
                + "terrorism"), c[0]);
    }
    @Test
    void aConjunctVerbOfSayingWhoseObjectIsTheReportedSubjectStillSplits() {
        // Fox (2012_2ec04201), seen in the BASIL diff of the rule above: "said her books “showed …”" is a conjunct of
        // "said"; with "books" moved under "showed", the conjunct no longer split and its claim was lost
        List<String[]> c = claims("He said he doesn’t share her overall philosophy but said her books “showed how "
                + "the pitfalls of socialism can hurt the economy.”");
        String[] books = withContent(c, "her books");
        assertEquals("her books showed how the pitfalls of socialism can hurt the economy", books[0]);
        assertEquals("said", books[1]);
    }

    @Test
    void anAsideInsideTheClauseTakesItsCommasWithIt() {
        // HuffPost (2012_f11c2566), Boehner's quotation: taking out "as I said earlier," left "this election, about"
        String[] c = withContent(claims("They’re trying to make this election, as I said earlier, about anything other "
                + "than the president’s failed economic policies."), "They");
        assertEquals("They're trying to make this election about anything other than the president's failed "
                + "economic policies", c[0]);
    }

    // Round 15 follow-up: rows found wrong in BASIL dev 2014_96b7046f (Elizabeth Lauten and the Obama daughters)

    @Test
    void aSentenceRootedOnARelativeClauseBeforeItsMainClauseIsOneClaim(@TempDir Path dir) throws IOException {
        // NYT: the parser rooted the second quotation on "living" ("the life you are living"), with the "while" clause
        // and the main clause "you still can be" hung on it: three pieces, one of them "you are living right now"
        Corpus corpus = TestCorpora.build(dir, "davis", Map.of("nyt.txt", "“As First Daughters, you can’t win,” Ms. "
                + "Davis wrote. “And while there isn’t anything normal about the life you are living right now, you "
                + "still can be.”\n"));
        List<Claim> second = corpus.claims().stream().filter(k -> k.text().contains("normal")
                || k.text().contains("living") || k.text().contains("still can")).toList();
        assertEquals(1, second.size(), second.toString());
        assertEquals("while there isn't anything normal about the life you are living right now, you still can be",
                second.get(0).content());
        assertEquals("wrote", second.get(0).cue(), second.get(0).toString());
    }

    @Test
    void aDashAndARelativeWordCutOffAfterAQuotationIsNoClaim(@TempDir Path dir) throws IOException {
        // NYT: the sentence splitter ended the sentence at "pearls!”", and "— whose commentary had a sharper edge."
        // became a claim of its own, opening with the dash, with "whose commentary" for subject
        Corpus corpus = TestCorpora.build(dir, "lauten", Map.of("nyt.txt", "Enter Ms. Lauten — a former Republican "
                + "National Committee new media aide who describes herself on Twitter as loving God, cats, the "
                + "Daughters of the American Revolution “& all things pink, green and pearls!” — whose commentary had "
                + "a sharper edge.\n"));
        assertTrue(corpus.claims().stream().noneMatch(k -> k.content().startsWith("whose")),
                corpus.claims().toString());
    }

    @Test
    void aVerbOfBeliefInAFreeRelativeReportsNothing(@TempDir Path dir) throws IOException {
        // NYT: "what she thought the daughters should have done" is what she wrote; "thought" gave an indirect row
        // "the daughters should have done: “Rise to the occasion", cut inside the quotation
        Corpus corpus = TestCorpora.build(dir, "lauten", Map.of("nyt.txt", "She went on to say that Malia and Sasha were “coming up a "
                + "little short in the ‘good role model’ department” because their parents “don’t respect their "
                + "positions very much, or the nation for that matter.”\n\nMs. Lauten wrote what she thought the "
                + "daughters should have done: “Rise to the occasion. Act like being in the White House matters to "
                + "you. Dress like you deserve respect, not a spot at a bar.”\n"));
        List<Quote> rows = TestCorpora.quotes(corpus, "nyt", "");
        assertTrue(rows.stream().noneMatch(q -> "thought".equals(q.cue())), rows.toString());
        assertTrue(rows.stream().anyMatch(q -> "wrote".equals(q.cue()) && q.text().startsWith("Rise to the occasion")),
                rows.toString());
    }
}
