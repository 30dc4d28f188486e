package org.crosscheck.annotate;

import static org.crosscheck.annotate.TestCorpora.claims;
import static org.crosscheck.annotate.TestCorpora.withContent;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quote and claim rows found wrong by reading BASIL dev event 2010_6f95dcb9 by hand (Glenn Beck's speech at CPAC;
 * Fox, HuffPost, NYT), and the leftovers of round 15: each sentence is the outlet's own.
 */
class OtherStoryQuotesRound16Test {

    @Test
    void aToldFrameBetweenCommasInterruptsTheClauseItReports() {
        // NYT: "told" the root with the one told as its object; the claim kept the frame and had no cue
        String[] c = withContent(claims("Progressivism, he told the Conservative Political Action Conference, is a "
                + "cancer that must be cut out of the system."), "Progressivism");
        assertEquals("Progressivism is a cancer that must be cut out of the system", c[0]);
        assertEquals("told", c[1]);
        assertEquals("he", c[2]);
    }

    @Test
    void positIsAVerbOfSaying(@TempDir Path dir) throws IOException {
        // NYT: neither half of the quotation had a cue, the claim kept the frame "he posited", and the second half
        // was a second, indirect row
        Corpus corpus = TestCorpora.build(dir, "beck", Map.of("nyt.txt", "Glenn Beck spoke on Saturday.\n\n"
                + "“It is still morning in America,” he posited, “it just happens to be kind of a head-pounding, "
                + "hung-over, vomiting-for-four-hours kind of morning in America.”\n"));
        Quote first = TestCorpora.quotes(corpus, "nyt", "It is still").get(0);
        assertEquals("posited", first.cue(), first.toString());
        List<Quote> second = TestCorpora.quotes(corpus, "nyt", "it just happens");
        assertEquals(1, second.size(), second.toString());
        assertEquals("direct", second.get(0).kind(), second.toString());
        Claim c = corpus.claims().stream().filter(k -> k.content().startsWith("It is still")).findFirst()
                .orElseThrow(() -> new AssertionError(corpus.claims().toString()));
        assertEquals("It is still morning in America", c.content());
        assertEquals("posited", c.cue(), c.toString());
    }

    @Test
    void anOpeningMarkTypedAfterTheQuestionMarkClosesTheQuotation(@TempDir Path dir) throws IOException {
        // NYT: “Who can guarantee you happiness?“ (an opening mark where the closing one belongs) left the question
        // with no speaker or cue, and the next quotation with no cue
        Corpus corpus = TestCorpora.build(dir, "beck", Map.of("nyt.txt", "Glenn Beck held the audience spellbound.\n\n"
                + "“Who can guarantee you happiness?“ he asked. “Tiger Woods wasn’t happy.”\n"));
        Quote q = TestCorpora.quotes(corpus, "nyt", "Who can").get(0);
        assertEquals("asked", q.cue(), q.toString());
        assertEquals("Glenn Beck", q.speaker(), q.toString());
        Quote tiger = TestCorpora.quotes(corpus, "nyt", "Tiger Woods").get(0);
        assertEquals("asked", tiger.cue(), tiger.toString());
    }

    @Test
    void theNumbersOfAClaimAreItsContentsNotItsFrames(@TempDir Path dir) throws IOException {
        // Fox: the age and the "9/12 march" of the speaker's apposition were the numbers of what she said
        Corpus corpus = TestCorpora.build(dir, "beck", Map.of("fox.txt", "“This is how is America should be,” said "
                + "Cynthia Burgiss, 22, a student at the University of Dayton in Ohio who attended the 9/12 march in "
                + "D.C. this year.\n"));
        Claim c = corpus.claims().stream().filter(k -> k.content().startsWith("This is how")).findFirst()
                .orElseThrow(() -> new AssertionError(corpus.claims().toString()));
        assertEquals("said", c.cue(), c.toString());
        assertEquals(List.of(), c.numbers(), c.toString());
    }

    @Test
    void aParticipleOfObjectingReportsItsThatClause() {
        // NYT (2013_1bb79cc1): the claim was "Ms. Nuland objecting that …", frame and all, with no cue
        String[] c = withContent(claims("Twenty-three minutes later, Ms. Nuland sent White House and intelligence "
                + "officials an even more pointed e-mail, objecting that the talking points could be “abused” by "
                + "lawmakers."), "the talking points");
        assertEquals("objecting", c[1]);
        assertEquals("Nuland", c[2]);
    }

    @Test
    void anUpdateStampIsNoPartOfTheSentenceAfterIt(@TempDir Path dir) throws IOException {
        // HuffPost (2013_1bb79cc1): "UPDATE: 9 p.m. --" stayed in the claim and gave it the number 9
        Corpus corpus = TestCorpora.build(dir, "schultz", Map.of("hpo.txt", "The e-mails were released on Wednesday."
                + "\n\nUPDATE: 9 p.m. -- White House spokesman Eric Schultz said he hoped Wednesday's disclosure would "
                + "put to rest the Benghazi issue.\n"));
        Claim c = corpus.claims().stream().filter(k -> k.text().contains("Schultz")).findFirst()
                .orElseThrow(() -> new AssertionError(corpus.claims().toString()));
        assertFalse(c.text().contains("UPDATE"), c.toString());
        assertEquals(List.of(), c.numbers(), c.toString());
        assertTrue(corpus.claims().stream().noneMatch(k -> k.text().contains("UPDATE")), corpus.claims().toString());
    }

    @Test
    void aQuotationAfterAColonIsWhatAFreeRelativeOnlyNames() {
        // NYT (2014_96b7046f): the claim was the whole sentence, frame and free relative, with no cue
        String[] c = withContent(claims("Ms. Lauten wrote what she thought the daughters should have done: “Rise to "
                + "the occasion."), "Rise");
        assertEquals("Rise to the occasion", c[0]);
        assertEquals("wrote", c[1]);
        assertEquals("Lauten", c[2]);
    }

    @Test
    void aSpeakerlessQuotationOpenedInsideAReportedClauseIsThatReport(@TempDir Path dir) throws IOException {
        // HuffPost: the frame between commas left the quotation a partial row with no speaker and no cue, and the
        // claims of its sentences with none either
        Corpus corpus = TestCorpora.build(dir, "beck", Map.of("hpo.txt", "Fox News host Glenn Beck closed the "
                + "conference on Saturday.\n\nAll we've heard, the Fox News host complained, is \"we need a big tent. "
                + "We need a big tent. Can we get a bigger tent? America is not a clown show. America is not a circus."
                + "\"\n"));
        List<Quote> q = TestCorpora.quotes(corpus, "hpo", "we need a big tent");
        assertEquals(1, q.size(), q.toString());
        assertEquals("Glenn Beck", q.get(0).speaker(), q.toString());
        assertEquals("complained", q.get(0).cue(), q.toString());
        Claim c = corpus.claims().stream().filter(k -> k.content().startsWith("America is not a circus")).findFirst()
                .orElseThrow(() -> new AssertionError(corpus.claims().toString()));
        assertEquals("Glenn Beck", c.speaker(), c.toString());
    }
}
