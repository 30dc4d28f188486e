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
 * Round 18: quote and claim rows of BASIL dev 2014_ed8c136f (Eric Holder in Ferguson) read by hand, and round 16's
 * leftovers found in other BASIL dev events; each sentence is the outlet's own.
 */
class OtherStoryQuotesRound18Test {

    private static String rows(List<String[]> rows) {
        return rows.stream().map(r -> String.join(" | ", r)).toList().toString();
    }

    @Test
    void aFrameParsedAsTheClausalSubjectIsAFrame() {
        // Fox: "Johnson said" was the subject of "there were six arrests", the frame in the content, subject
        // "Johnson said there"
        List<String[]> rows = claims("Johnson said there were six arrests Wednesday, compared to 47 the previous "
                + "night.");
        assertEquals(1, rows.size(), rows(rows));
        assertTrue(rows.get(0)[0].startsWith("there were six arrests Wednesday"), rows(rows));
        assertEquals("said", rows.get(0)[1]);
        assertEquals("Johnson", rows.get(0)[2]);
    }

    @Test
    void theObjectOfTellAfterTheOneToldIsTheReportedClausesSubject() {
        // HuffPost 2013_1bb79cc1 (round 16's leftover): "told" the clausal subject of "completed", "the review" its object
        String[] row = withContent(claims("A U.S. intelligence official told The Huffington Post the review was "
                + "completed \"early this year.\""), "the review was completed");
        assertEquals("told", row[1]);
        assertEquals("the review", row[3]);
        // Fox 2012_08bb9bee: the verb hung on "told" after its object heads the clause, the parser's root below it
        String[] cornyn = withContent(claims("Cornyn, according to the source, told him the party is concerned his "
                + "presence in the race could hurt Republicans' chances of winning the Senate majority."),
                "the party is concerned his presence in the race could hurt");
        assertEquals("told", cornyn[1]);
    }

    @Test
    void aClauseHungOnTheFrameAfterItsObjectIsWhatWasSaid() {
        // Fox: "The prosecutor, who is white, has insisted his background will have …" was one claim, frame and all
        List<String[]> rows = claims("The prosecutor, who is white, has insisted his background will have no "
                + "bearing on the handling of the Brown case.");
        String[] row = withContent(rows, "his background will have no bearing");
        assertEquals("insisted", row[1]);
        // Fox 2012_2ec04201: "told Fox News the campaign is trying …", "trying" a dep of "told"
        String[] ryan = withContent(claims("Ryan told Fox News the campaign is trying to show the \"clear contrast\" "
                + "between what Republicans propose and what Obama's health care law does."), "the campaign is trying");
        assertEquals("told", ryan[1]);
    }

    @Test
    void aClauseRightAfterTheOneToldIsWhatWasTold(@TempDir Path dir) throws IOException {
        String sentence = "Holder told the students he understands \"the mistrust\" between some residents and the "
                + "police.";
        String[] row = withContent(claims(sentence), "he understands");
        assertEquals("told", row[1]);
        assertEquals("Holder", row[2]);
        // the quote row: only the partial "the mistrust" before
        Corpus corpus = TestCorpora.build(dir, "holder", Map.of("hpo.txt", "Holder\n\n" + sentence + "\n"));
        List<Quote> qs = TestCorpora.quotes(corpus, "hpo", "");
        assertTrue(qs.stream().anyMatch(q -> "told".equals(q.cue()) && q.text().startsWith("he understands")
                && q.text().endsWith("the police")), qs.toString());
        assertTrue(qs.stream().noneMatch(q -> q.text().equals("the mistrust")), qs.toString());
    }

    @Test
    void anAccountOfHowSomethingHappenedIsReported() {
        // Fox and HuffPost: the frame "described how" / "told others … how" stayed in the claim
        String[] fox = withContent(claims("The attorney general then described how he was stopped twice on the New "
                + "Jersey Turnpike and accused of speeding."), "he was stopped twice");
        assertEquals("described", fox[1]);
        String[] hpo = withContent(claims("Holder told others at the community college how he had been stopped on "
                + "the New Jersey Turnpike and accused of speeding twice in the past, with police searching his car."),
                "he had been stopped on the New Jersey Turnpike");
        assertEquals("told", hpo[1]);
        // "how" asking how much stays a question, nothing reported
        List<String[]> much = claims("He described how humiliating that was for the whole family.");
        assertTrue(much.stream().noneMatch(r -> r[1].equals("described")), rows(much));
    }

    @Test
    void aPassiveParticipleJoinedToAnotherSharesItsAuxiliary() {
        // Fox 2011_2153fb3e: split, the second read "The House resolution … considered under an expedited floor
        // procedure" (and the event's "he accused of speeding", once its "how" clause was reported)
        List<String[]> rows = claims("The House resolution on the national motto passed Tuesday was introduced by "
                + "Rep. Randy Forbes, R-Va., and considered under an expedited floor procedure.");
        assertEquals(1, rows.size(), rows(rows));
        assertTrue(rows.get(0)[0].endsWith("and considered under an expedited floor procedure"), rows(rows));
    }

    @Test
    void aVerbOfSeemingHedgesWithoutItsTo() {
        // NYT: no hedge on either
        assertEquals(List.of("seemed"), ClaimFacts.hedges("On Tuesday night, however, it seemed that some of that "
                + "energy had gone from the streets"));
        assertEquals(List.of("seemed"), ClaimFacts.hedges("And the police also seemed more restrained"));
        assertEquals(List.of("seemed to"), ClaimFacts.hedges("As the tension on the street seemed to ease"));
        assertEquals(List.of(), ClaimFacts.hedges("The senator appeared on television on Sunday"));
    }

    @Test
    void addingToSomethingReportsNothing() {
        // NYT: a claim "the situation was out of control", cue "adding"
        List<String[]> rows = claims("Since the first day of protests in Ferguson, the authorities shifted their "
                + "response almost daily, adding to the sense that the situation was out of control.");
        assertTrue(rows.stream().noneMatch(r -> r[1].equals("adding")), rows(rows));
    }

    @Test
    void notOnlyButAlsoDeniesNothing() {
        // NYT: the "only" dropped as a conjunction, the claim read "they are not investigating the shooting"
        List<String[]> rows = claims("More than 40 F.B.I. agents have been dispatched to Ferguson, and Mr. Holder "
                + "said they are not only investigating the shooting but also looking for any broad patterns of civil "
                + "rights violations.");
        String[] row = withContent(rows, "they are investigating the shooting");
        assertEquals("said", row[1]);
        assertTrue(rows.stream().noneMatch(r -> r[0].contains(" not ")), rows(rows));
    }
}
