package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speakers found wrong by reading three more BASIL dev events (2010 the mosque near ground zero, 2013 the Benghazi
 * e-mails, 2014 the Arizona religion bill): each passage is the outlet's own sentences.
 */
class OtherStorySpeakersRound3Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        write("senators.txt", "On Twitter, Arizona\u2019s United States senators, John McCain and Jeff Flake, also "
                + "Republicans, had nearly identical posts, with both of them saying they hoped Ms. Brewer would veto "
                + "the bill.\n\n"
                + "Their calls were echoed by three Republican state senators \u2014 Adam Driggs, Steve Pierce and Bob "
                + "Worsley, all members of the party\u2019s conservative camp \u2014 who had helped pass the legislation "
                + "in the first place. \u201CWhile our sincere intent in voting for this bill was to create a shield for "
                + "all citizens\u2019 religious liberties, the bill has instead been mischaracterized by its opponents "
                + "as a sword of religious intolerance,\u201D the senators said in a letter to Ms. Brewer, adding that "
                + "the matter was \u201Ccausing our state immeasurable harm.\u201D\n");
        write("mayor.txt", "One candidate, Scott Smith, the mayor of Mesa, who is a Mormon, said that the bill "
                + "\u201Cgives carte blanche for anybody to discriminate under the guise of religion.\u201D\n\n"
                + "And Barry Broome, president and chief executive of the Greater Phoenix Economic Council, said that "
                + "leaders of four companies looking to relocate to Arizona had put his organization on notice, "
                + "saying they might reconsider if the bill became law.\n");
        write("developer.txt", "The developer, Sharif el-Gamal, a real estate investor born in New York, has said the "
                + "center would include meeting rooms, a prayer space, a 500-seat auditorium and a pool.\n\n"
                + "Ms. Brewer was in Washington on Monday but was scheduled to return Tuesday to Phoenix. Her "
                + "spokesman, Andrew Wilder, suggested that she would not take that long, but he would not say what "
                + "she was inclined to do.\n");
        write("king.txt", "Rep. Peter King, R-N.Y., who opposes the mosque project, said Monday that the White "
                + "House softened Obama's original comments because it probably heard \"pushback\" from other "
                + "Democrats. He said Obama was \"clearly\" taking a side on the issue no matter what he claims.\n\n"
                + "\"Everyone says as far as I know that the Muslim community has the right to build a mosque. The "
                + "whole question is whether they should or not,\" he told Fox News. \"So for the president to raise "
                + "it in the way he did on Friday was clearly giving the impression that he was endorsing it or "
                + "supporting it -- or tacitly supporting it.\"\n");
        write("official.txt", "A U.S. intelligence official told The Huffington Post the review was completed "
                + "\"early this year.\"\n\n"
                + "After the chairman of the Joint Chiefs of Staff confirmed he knew about the cable which summarized "
                + "the August emergency meeting in Benghazi, Graham questioned why the military was read in when "
                + "Clinton apparently was not.\n");
        write("dateline.txt", "WASHINGTON -- Arizona Gov. Jan Brewer (R) announced her decision to veto legislation "
                + "on Wednesday that would have allowed businesses to legally refuse service to anyone on \"religious "
                + "freedom\" grounds, effectively allowing them to discriminate against same-sex couples.\n\n"
                + "Brewer said the bill had \"the potential to create more problems than it purports to solve.\"\n");
        write("corporations.txt", "The state's two Republican senators, Jeff Flake and John McCain, called on Brewer "
                + "to veto it, and major corporations like Marriott, Apple and American Airlines all wrote to the "
                + "governor and expressed their opposition.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static void write(String name, String text) throws IOException {
        TestCorpora.write(dir, name, text);
    }

    private static List<Quote> quotes(String source, String words) {
        return TestCorpora.quotes(corpus, source, words);
    }

    private static List<Claim> claims(String source, String words) {
        return corpus.claims().stream().filter(c -> c.source().startsWith(source) && c.text().contains(words))
                .toList();
    }

    /** A plural ("the senators") stands for several people: not the last person so titled (John McCain). */
    @Test
    void aPluralIsNotTheLastPersonSoTitled() {
        List<Quote> qs = quotes("senators", "sword of religious intolerance");
        assertFalse(qs.isEmpty(), corpus.quotes().toString());
        for (Quote q : qs) {
            assertFalse(q.speaker().contains("McCain") || q.speaker().contains("Flake"), q.toString());
        }
        for (Claim c : claims("senators", "sword of religious intolerance")) {
            assertTrue(c.speaker() == null || !c.speaker().contains("McCain"), c.toString());
        }
    }

    /** A name after a preposition ("the mayor of Mesa") completes an apposition; it is not who speaks. */
    @Test
    void aNameAfterAPrepositionIsNotTheSpeaker() {
        List<Quote> smith = quotes("mayor", "carte blanche");
        assertEquals(1, smith.size(), corpus.quotes().toString());
        assertEquals("Scott Smith", smith.get(0).speaker(), smith.get(0).why());
        for (Quote q : quotes("mayor", "reconsider")) {
            assertFalse(q.speaker().contains("Council"), q.toString());
        }
    }

    /**
     * "He said Obama was …" then "“…,” he told Fox News.": the pronoun that is the main subject carries Peter King on
     * to the next sentence; Obama, named inside what King said, is not who "he" is.
     */
    @Test
    void aPronounSubjectCarriesItsPersonToTheNextSentence() {
        List<Quote> qs = quotes("king", "whole question");
        assertEquals(1, qs.size(), corpus.quotes().toString());
        assertEquals("Peter King", qs.get(0).speaker(), qs.get(0).why());
        for (Claim c : claims("king", "whole question")) {
            assertEquals("Peter King", c.speaker(), c.toString());
        }
    }

    /**
     * "A U.S. intelligence official told …", "the chairman of the Joint Chiefs of Staff confirmed …": a noun for a
     * person heads the subject; the country or body named in it is whom the person works for, not the speaker.
     */
    @Test
    void aPersonNounIsTheSpeakerNotTheNameInItsPhrase() {
        List<Quote> official = quotes("official", "review was completed");
        assertEquals(1, official.size(), corpus.quotes().toString());
        assertEquals("A U.S. intelligence official", official.get(0).speaker(), official.get(0).why());
        List<Quote> chairman = quotes("official", "he knew about the cable");
        assertFalse(chairman.isEmpty(), corpus.quotes().toString());
        assertEquals("the chairman of the Joint Chiefs of Staff", chairman.get(0).speaker(), chairman.get(0).why());
    }

    /** "WASHINGTON -- Arizona Gov. Jan Brewer (R) announced …": the dateline is where the report was filed. */
    @Test
    void aDatelineDoesNotSpeak() {
        List<Quote> qs = quotes("dateline", "her decision to veto");
        assertFalse(qs.isEmpty(), corpus.quotes().toString());
        for (Quote q : qs) {
            assertFalse(q.speaker() != null && q.speaker().equalsIgnoreCase("Washington"), q.toString());
        }
    }

    /** A sentence's attribution covers what is reported, not a coordinated clause with a subject of its own. */
    @Test
    void aCoordinatedClauseIsNotTheFirstSpeakers() {
        List<Claim> wrote = claims("corporations", "wrote to the governor");
        assertFalse(wrote.isEmpty(), corpus.claims().toString());
        for (Claim c : wrote) {
            assertTrue(c.speaker() == null || !c.speaker().contains("Flake") && !c.speaker().contains("McCain"),
                    c.toString());
        }
    }

    /** A title with a name in apposition: the claim is the person's, not the title's. */
    @Test
    void aTitleSubjectSpeaksThroughTheNameInApposition() {
        List<Claim> pool = claims("developer", "500-seat auditorium");
        assertEquals(1, pool.size(), corpus.claims().toString());
        assertEquals("Sharif el-Gamal", pool.get(0).speaker());
        List<Claim> wilder = claims("developer", "would not take that long");
        assertFalse(wilder.isEmpty(), corpus.claims().toString());
        assertEquals("Andrew Wilder", wilder.get(0).speaker());
    }
}
