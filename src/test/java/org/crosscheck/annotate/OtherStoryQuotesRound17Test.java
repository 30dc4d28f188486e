package org.crosscheck.annotate;

import static org.crosscheck.annotate.TestCorpora.claims;
import static org.crosscheck.annotate.TestCorpora.withContent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quote and claim rows found wrong by reading BASIL dev event 2013_84678e18 by hand (the I.R.S. official Lois Lerner
 * invokes the Fifth Amendment; Fox, HuffPost, NYT), and the leftovers of round 16: each sentence is the outlet's own.
 */
class OtherStoryQuotesRound17Test {

    @Test
    void figuresJoinedByASlashOrBeforeACodeAreNoCounts() {
        // Fox: "501 c3,4,5" (a tax code's sections) gave 501; round 16's "the 9/12 Project" gave 9 and 12
        assertEquals(List.of(), ClaimFacts.numbers("Well there's a questionnaire that began this discussion and "
                + "there's also a questionnaire out there that is seeking info from 501 c3,4,5 organizations"));
        assertEquals(List.of("9", "12"), ClaimFacts.numbers("Beck also launched the 9/12 Project, which sets forth "
                + "nine values and 12 principles"));
        assertEquals(List.of(), ClaimFacts.numbers("we must respect the wishes of 9/11 families"));
    }

    @Test
    void aPersonDismissedIsSentAwayNotSpokenOf(@TempDir Path dir) throws IOException {
        // NYT: three rows "her and her lawyer", "her", "her" with the cue "dismiss(ed)", and Issa's claim cue
        Corpus corpus = TestCorpora.build(dir, "irs", Map.of("nyt.txt", "Issa and Lerner\n\n"
                + "After she refused on Wednesday to say anything more to the committee, Mr. Issa tried to dismiss "
                + "her and her lawyer.\n\nMr. Issa made a second attempt to persuade her to change her mind. But "
                + "when she declined, he dismissed her again.\n"));
        List<Quote> rows = TestCorpora.quotes(corpus, "nyt", "");
        assertTrue(rows.stream().noneMatch(q -> q.cue() != null && q.cue().startsWith("dismiss")), rows.toString());
        // NYT 2013_1bb79cc1: "them" are the talking points, whose dismissal is a report
        Corpus points = TestCorpora.build(dir, "points", Map.of("nyt.txt", "Talking points\n\n"
                + "But when the final draft of the talking points was sent to Mr. Petraeus, he dismissed them, saying "
                + "\u201cFrankly, I\u2019d just as soon not use this.\u201d\n"));
        assertTrue(points.quotes().stream().anyMatch(q -> "dismissed".equals(q.cue())), points.quotes().toString());
    }

    @Test
    void aVerbInTheInfinitiveOfAConditionReportsNothing(@TempDir Path dir) throws IOException {
        // NYT: "if Congress continues to feel that …" was Congress's report, and gave the sentence's claim its
        // speaker and cue
        Corpus corpus = TestCorpora.build(dir, "irs", Map.of("nyt.txt", "Lynch\n\n"
                + "One Democrat, Representative Stephen F. Lynch of Massachusetts, even raised the threat of "
                + "appointing a special prosecutor if Congress continues to feel that the I.R.S. is not being "
                + "straightforward.\n\n\u201cWe know where that will lead. It will lead to a special prosecutor,\u201d he "
                + "said.\n"));
        List<Quote> rows = TestCorpora.quotes(corpus, "nyt", "");
        assertTrue(rows.stream().noneMatch(q -> "feel".equals(q.cue())), rows.toString());
    }

    @Test
    void whatAReportFoundIsTheReportsClaim() {
        // NYT: the claim held the frame "An inspector general's report found, however," and had no cue
        String[] c = withContent(claims("An inspector general's report found, however, that she was briefed on "
                + "their actions as early as June 2011."), "she");
        assertEquals("she was briefed on their actions as early as June 2011", c[0]);
        assertEquals("found", c[1]);
        assertEquals("report", c[2]);
        // Fox 2013_a4f1d515: "found itself defending" reports nothing; the sentence stays one claim
        List<String[]> itself = claims("The Obama administration found itself defending -- and beginning to "
                + "explain -- yet another surveillance effort after leaked documents revealed information about two "
                + "secret National Security Agency intelligence-gathering programs.");
        assertEquals(1, itself.size(), itself.stream().map(r -> String.join(" | ", r)).toList().toString());
        assertEquals("", itself.get(0)[1]);
    }

    @Test
    void aQuotationOpenedWithASingleMarkAndClosedWithADoubleOne(@TempDir Path dir) throws IOException {
        // HuffPost 2010_6f95dcb9 (round 16): the second quotation was missed, its claims had no speaker
        Corpus corpus = TestCorpora.build(dir, "beck", Map.of("hpo.txt", "Beck at CPAC\n\n"
                + "\"One party will tax and spend,\" he added at another point. 'One party won't tax and will spend. "
                + "It is both of them together.\"\n"));
        List<Quote> rows = TestCorpora.quotes(corpus, "hpo", "One party won't tax and will spend");
        assertEquals(1, rows.size(), corpus.quotes().toString());
        assertTrue(rows.get(0).text().endsWith("It is both of them together."), rows.get(0).toString());
    }

    @Test
    void aFrameBetweenCommasInsideTheClauseItReportsLeavesOneRow(@TempDir Path dir) throws IOException {
        // NYT 2010_6f95dcb9 (round 16): two rows "Saying President Obama" and "was “too simple an answer.”"
        Corpus corpus = TestCorpora.build(dir, "beck", Map.of("nyt.txt", "Beck at CPAC\n\n"
                + "Glenn Beck spoke to the conference on Saturday.\n\n"
                + "Saying President Obama, he said, was \u201ctoo simple an answer.\u201d\n"));
        List<Quote> rows = TestCorpora.quotes(corpus, "nyt", "Saying President Obama");
        assertEquals(1, rows.size(), corpus.quotes().toString());
        Quote q = rows.get(0);
        assertTrue(q.text().startsWith("Saying President Obama was"), q.toString());
        assertTrue(q.text().contains("too simple an answer"), q.toString());
        assertEquals("said", q.cue(), q.toString());
        assertTrue(corpus.quotes().stream().noneMatch(x -> x != q && x.text().contains("too simple")),
                corpus.quotes().toString());
    }
}
