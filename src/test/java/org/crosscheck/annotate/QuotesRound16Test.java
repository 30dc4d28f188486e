package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quotes from the teacher's reading of BASIL 2012_cad4bba5 (Obama and Boehner on the fiscal crisis) and the ninth
 * event's left-overs (2013_68748e7f): each passage is the outlet's own sentence.
 */
class QuotesRound16Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // Fox: a programme named after "on", after "on NBC's"
        TestCorpora.write(dir, "fox.txt", "Sen. Bob Corker, R-Tenn., became the latest Republican to open the door "
                + "to tax rate hikes during an interview on \"Fox News Sunday.\"\n\n"
                + "\"He's been to Pennsylvania. Tomorrow he is going to Detroit. It's now time to govern. The election "
                + "is over,\" he said on NBC's \"Meet the Press.\"\n");
        // the NYT: after "the CNN program"; and a term in quotation marks, which stays a quote
        TestCorpora.write(dir, "nyt.txt", "\u201CIt would result in the stock market really taking a hit,\u201D Ms. "
                + "Lagarde said on the CNN program \u201CState of the Union.\u201D\n\n"
                + "They were the first one-on-one deficit talks between Mr. Obama and Mr. Boehner since the summer of "
                + "2011, when the search for a \u201Cgrand bargain\u201D on taxes and spending ultimately failed.\n\n"
                + "Marian Wright Edelman, president of the Children\u2019s Defense Fund, an advocacy group here, "
                + "criticized the study as \u201Cnothing more than a continuation of the N.R.A.\u2019s attempts to prey "
                + "on America\u2019s fears, saturate our schools with more guns and turn them into armed "
                + "fortresses.\u201D\n");
        // HuffPost (2013_68748e7f)
        TestCorpora.write(dir, "hpo.txt", "Mark Mattioli, whose 6-year-old son, James Mattioli, was killed in "
                + "December along with 19 other children at Sandy Hook Elementary School. Mattioli praised the NRA "
                + "\"for coming up and spending the time and resources on putting a program like this together.\"\n");
        // HuffPost and the NYT (2011_2153fb3e): words named by a noun
        TestCorpora.write(dir, "words.txt", "Rep. Randy Forbes (R-Va.) has been at the center of the push, penning "
                + "a letter to Obama chastising him for his alleged failure to the use the word \"God\" more in his "
                + "public speeches.\n\nPresident Obama on Wednesday mocked House Republicans for passing a resolution "
                + "on Tuesday reaffirming the national motto, \u201CIn God We Trust,\u201D when they should be "
                + "creating jobs.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static List<Quote> quotes(String source, String words) {
        return TestCorpora.quotes(corpus, source, words);
    }

    /**
     * A programme's title in quotation marks is no quotation: it was a quote with no speaker and an empty cue (five of
     * the event's six empty cues; titles were about 35 of the 118 empty cues on the 50 dev events).
     */
    @Test
    void aProgrammesTitleIsNoQuotation() {
        assertEquals(List.of(), quotes("fox", "Fox News Sunday"), corpus.quotes().toString());
        assertEquals(List.of(), quotes("fox", "Meet the Press"), corpus.quotes().toString());
        assertEquals(List.of(), quotes("nyt", "State of the Union"), corpus.quotes().toString());
        // the quotations around them stay, with their speakers and verbs
        List<Quote> mccarthy = quotes("fox", "It's now time to govern");
        assertEquals(1, mccarthy.size(), corpus.quotes().toString());
        assertEquals("said", mccarthy.get(0).cue());
        List<Quote> lagarde = quotes("nyt", "stock market really taking a hit");
        assertEquals(1, lagarde.size(), corpus.quotes().toString());
        assertEquals("said", lagarde.get(0).cue());
    }

    /** A term in lower case is still a quote, with no speaker: the reporter's scare quote. */
    @Test
    void aTermInQuotationMarksStays() {
        List<Quote> q = quotes("nyt", "grand bargain");
        assertEquals(1, q.size(), corpus.quotes().toString());
        assertNull(q.get(0).speaker(), q.get(0).toString());
    }

    /**
     * Quoted words hanging on a verb of judging take it as their cue: the ninth event's two empty cues with a speaker
     * ("criticized the study as “…”", "praised the NRA “for …”").
     */
    @Test
    void quotedWordsTakeTheVerbTheyHangOnAsTheirCue() {
        // the reported clause cut inside the quotation and the quotation are one row since round 9 (QuoteOverlaps)
        List<Quote> edelmans = quotes("nyt", "saturate our schools");
        assertEquals(1, edelmans.size(), corpus.quotes().toString());
        Quote edelman = edelmans.get(0);
        assertEquals("criticized", edelman.cue(), edelman.toString());
        List<Quote> mattioli = quotes("hpo", "for coming up and spending the time");
        assertEquals(1, mattioli.size(), corpus.quotes().toString());
        assertEquals("praised", mattioli.get(0).cue(), mattioli.get(0).toString());
        assertEquals("Mark Mattioli", mattioli.get(0).speaker(), mattioli.get(0).toString());
    }

    /** Words a noun introduces ("the word", "the national motto,") show that noun as their cue, with no speaker. */
    @Test
    void wordsIntroducedByANounShowTheNounAsTheirCue() {
        List<Quote> god = quotes("words", "God").stream().filter(q -> q.text().startsWith("God")).toList();
        assertEquals(1, god.size(), corpus.quotes().toString());
        assertEquals("word", god.get(0).cue(), god.get(0).toString());
        assertNull(god.get(0).speaker(), god.get(0).toString());
        assertEquals(-1, god.get(0).cueStart(), "no reporting verb is claimed");
        List<Quote> motto = quotes("words", "In God We Trust").stream().filter(q -> !q.kind().equals("indirect"))
                .toList();
        assertEquals(1, motto.size(), corpus.quotes().toString());
        assertEquals("motto", motto.get(0).cue(), motto.get(0).toString());
    }
}
