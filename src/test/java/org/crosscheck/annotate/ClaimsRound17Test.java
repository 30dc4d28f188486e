package org.crosscheck.annotate;

import static org.crosscheck.annotate.TestCorpora.analyse;
import static org.crosscheck.annotate.TestCorpora.split;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claim boundaries from the teacher's reading of BASIL 2011_2058ec60 (the Supreme Court hears the sex-bias class action
 * against Wal-Mart): sentences as the outlets wrote them.
 */
class ClaimsRound17Test {
    @Test
    void aFrameInUpperCaseCutOffAfterAQuotedQuestionIsNoClaim() {
        // the NYT: "Justice Ginsburg asked." was a claim of its own, and joined Fox's and the NYT's other Ginsburg
        // sentences in one group; "Justice Breyer asked." joined HuffPost's sentence on Breyer
        Doc d = analyse("“What seems to me a very serious problem in this case is, how do you work out the back pay?” "
                + "Justice Ginsburg asked.");
        assertEquals(2, d.sents.size(), d.sents.toString());
        assertEquals(List.of(), Clauses.split(d, d.sents.get(1)));
        // a sentence of its own with an object after the verb still asserts something
        Doc e = analyse("“Is that so?” the lawyer wondered. Justice Ginsburg asked the lawyer about the records.");
        assertFalse(Clauses.split(e, e.sents.get(e.sents.size() - 1)).isEmpty());
    }

    @Test
    void aQuotedQuestionCutByItsFrameIsNoClaim() {
        // the NYT: Fox gives the same question whole ("“Is it true that …?” he asked."), which made no claim
        assertEquals(List.of(), split("“Is it true,” Chief Justice Roberts asked Mr. Sellers, “that Wal-Mart’s pay "
                + "disparity across the company was less than the national average?”"));
        // a question quoted inside the reporter's sentence leaves that sentence an assertion
        assertFalse(split("The senator ended the hearing early, with one colleague asking, “Can anyone explain this "
                + "to the families?”").isEmpty());
    }

    @Test
    void twoAlternativesAreOneClaim() {
        // HuffPost's Scalia: "Either individual managers are on their own" was a claim, and the other alternative
        // another
        List<Clauses.Clause> c = split("Either individual managers are on their own, “or else a strong corporate "
                + "culture tells them what to do.”");
        assertEquals(1, c.size(), c.toString());
        assertTrue(c.get(0).content().contains("tells them what to do"), c.get(0).content());
        // without "either" the two clauses still split
        assertEquals(2, split("The Senate may act this week, or the government will shut down on Friday.").size());
    }

    @Test
    void aParticipleSetOffAfterTheSubjectIsNoClaimOfItsOwn() {
        // HuffPost: "The 10-year-old lawsuit, argued in lively exchanges at the court Tuesday" was a claim, and "claims
        // that Wal-Mart … favors men over women" another, without its subject
        List<Clauses.Clause> c = split("The 10-year-old lawsuit, argued in lively exchanges at the court Tuesday, "
                + "claims that Wal-Mart Stores Inc., the world's largest employer, favors men over women in pay and "
                + "promotions.");
        assertEquals(1, c.size(), c.toString());
        assertEquals("claims", c.get(0).cue());
        assertTrue(c.get(0).content().startsWith("Wal-Mart Stores Inc."), c.get(0).content());
    }

    @Test
    void aSpeakerParsedAsTheLastOfARowOfNounsIsTheFramesSubject() {
        // Fox: the first claim was "… for class certification and Justice Ruth Bader Ginsburg", the second had
        // "remedies" as its speaker
        Doc d = analyse("But those two remedies require different standards for class certification and Justice Ruth "
                + "Bader Ginsburg said it was \"a very serious problem\" in the case to try and sue for punitive damages "
                + "after only obtaining certification under the lower threshold required for the injunction.");
        List<Clauses.Clause> c = Clauses.split(d, d.sents.get(0));
        assertEquals(2, c.size(), c.toString());
        assertTrue(c.get(0).content().endsWith("for class certification"), c.get(0).content());
        assertEquals("Ginsburg", d.toks.get(c.get(1).speakerHead()).word);
        assertEquals("said", c.get(1).cue());
    }

    @Test
    void aFalseStartBrokenOffAtADashIsNoClaim() {
        // Fox's Boutrous: "And that's the kind of" and "even putting that aside" were claims of their own
        List<Clauses.Clause> c = split("\"And that's the kind of -- and even putting that aside, the plaintiffs needed to "
                + "come forward with something that showed that there was this miraculous recurrence at every decision "
                + "across every store of stereotyping, and the evidence simply doesn't show that.\"");
        assertEquals(2, c.size(), c.toString());
        assertTrue(c.get(0).content().startsWith("the plaintiffs needed"), c.get(0).content());
        // a phrase set off by dashes after a whole clause breaks nothing off
        assertFalse(split("The senator voted for the bill -- the third time this year -- and the governor signed it.")
                .isEmpty());
    }

    @TempDir
    static Path dir;

    @TempDir
    static Path walked;

    @TempDir
    static Path ire;

    @Test
    void aNameRightBeforeWhoIsTheSpeakerWithNoComma() throws IOException {
        // Fox: the report "he was whipsawed by the claims" had the speaker "who" (the parser hangs "said" on "drew")
        Files.writeString(ire.resolve("fox.txt"), "This dual argument that confounded Justice Kennedy also drew the ire "
                + "of Justice Antonin Scalia who said he was whipsawed by the claims.\n", StandardCharsets.UTF_8);
        Corpus corpus = CorpusBuilder.build(ire, Progress.SILENT);
        org.crosscheck.model.Quote q = corpus.quotes().stream().filter(x -> x.text().contains("whipsawed"))
                .findFirst().orElseThrow();
        assertEquals("Antonin Scalia", q.speaker(), q.toString());
    }

    @Test
    void aClauseHoldingASpeakerButNotHerVerbIsTheReportersOwn() throws IOException {
        // Fox: "On Tuesday, Dukes walked out of the courthouse full of confidence and poise" was given to Dukes, whose
        // report is the "saying" clause after it
        Files.writeString(walked.resolve("fox.txt"), "The case started a decade ago when Wal-Mart worker Betty Dukes "
                + "said the management at her store was bypassing her for promotions. On Tuesday, Dukes walked out of "
                + "the courthouse full of confidence and poise saying she feels no anger toward her bosses or anyone "
                + "else.\n", StandardCharsets.UTF_8);
        Corpus corpus = CorpusBuilder.build(walked, Progress.SILENT);
        Claim walk = corpus.claims().stream().filter(c -> c.text().contains("walked out")).findFirst().orElseThrow();
        assertEquals(null, walk.speaker(), walk.toString());
        Claim saying = corpus.claims().stream().filter(c -> c.text().contains("no anger")).findFirst().orElseThrow();
        assertEquals("Betty Dukes", saying.speaker(), saying.toString());
    }

    @Test
    void aSecondComplementOpeningWithThatShowsItsSpeakerAndVerb() throws IOException {
        // the NYT: the row read "that “they do not make their decisions in a vacuum.”"
        Files.writeString(dir.resolve("nyt.txt"), "Justice Antonin Scalia questioned Joseph M. Sellers, the "
                + "plaintiffs' lawyer. Mr. Sellers responded that “there is this broad discretion given the managers” but "
                + "that “they do not make their decisions in a vacuum.”\n", StandardCharsets.UTF_8);
        Corpus corpus = CorpusBuilder.build(dir, Progress.SILENT);
        List<Claim> that = corpus.claims().stream().filter(c -> c.text().startsWith("that")).toList();
        assertEquals(1, that.size(), corpus.claims().toString());
        // (the body's quotation marks are straight ones)
        assertEquals("Joseph M. Sellers \u2026 responded that \"they do not make their decisions in a vacuum.\"",
                that.get(0).readable());
    }
}
