package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speakers found wrong by reading two more BASIL dev events (2013 the I.R.S. official who invokes the Fifth Amendment,
 * 2014 a congressional aide's post on the president's daughters), the events of round 3, and the misses of a third
 * PolNeAR TRAIN sample: each passage is the outlet's own sentences.
 */
class OtherStorySpeakersRound4Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // BASIL 2010 (HuffPost), the mosque near ground zero
        write("reid.txt", "\"The First Amendment protects freedom of religion,\" reads a statement from Senate "
                + "Majority Leader Harry Reid's office (D-Nev.). \"Senator Reid respects that but thinks that the "
                + "mosque should be built someplace else.\"\n");
        // BASIL 2013 (HuffPost), the I.R.S. official
        write("letter.txt", "Lerner announced her plans to plead the Fifth during her testimony in a letter from her "
                + "lawyer, William Taylor III, to the committee. \"She has not committed any crime or made any "
                + "misrepresentation but under the circumstances she has no choice but to take this course,\" the "
                + "letter addressed to Chairman Darrell Issa (R-Calif.) reads, according to the Los Angeles Times.\n");
        // BASIL 2014 (HuffPost), the Arizona religion bill
        write("superbowl.txt", "Businesses in the Phoenix area were also especially worried, with the Super Bowl set "
                + "to be held in Glendale, Ariz. in 2015. On Monday, the Arizona Super Bowl Host Committee came out "
                + "against SB 1062, stating, \"[W]e have heard loud and clear from our various stakeholders that "
                + "adoption of this legislation would not only run contrary to that goal but deal a significant blow "
                + "to the state's economic growth potential. We do not support this legislation.\"\n");
        // BASIL 2014 (Fox News), the aide's post
        write("lauten.txt", "Elizabeth Lauten wrote in a now-deleted Facebook post Friday that Malia and Sasha Obama, "
                + "aged 16 and 13 respectively, should \"try showing a little class\" and described their outfits as "
                + "more appropriate for \"a spot at the bar.\"\n\n"
                + "\"Rise to the occasion. Dress like you deserve respect ... And certainly don\u2019t make faces "
                + "during televised, public events.\" added Lauten, who works for Rep. Stephen Fincher, R-Tenn.\n");
        write("times.txt", "Lois Lerner, the director of the exempt organizations unit at the Internal Revenue "
                + "Service, plans to invoke the Fifth Amendment during her expected testimony before the House "
                + "Oversight and Government Reform Committee on Wednesday, the Los Angeles Times reports.\n");
        // BASIL 2013 (New York Times)
        write("contention.txt", "They argued that by making an opening statement, she had waived her Fifth Amendment "
                + "right and could be compelled to testify, a contention Ms. Lerner\u2019s lawyer disputed.\n");
        // PolNeAR TRAIN (Breitbart 2016, Politico 2016)
        write("adding.txt", "\u201CI think that speaks volumes,\u201D she said, adding that Trump\u2019s campaign will "
                + "work hard to win over those Latino voters in November.\n");
        write("devine.txt", "\"I think a lot of the rhetoric that was more heated, in New York for example, was the "
                + "product of that white-hot primary atmosphere,\" said Devine, suggesting that the upcoming contests "
                + "won't be so vivifying.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static Quote quote(String source, String words) {
        List<Quote> qs = corpus.quotes().stream().filter(q -> q.source().startsWith(source)
                && q.text().contains(words)).toList();
        assertFalse(qs.isEmpty(), corpus.quotes().toString());
        return qs.get(0);
    }

    /** "“…,” reads a statement from X's office": the statement reads the words; its owner speaks, not anyone before. */
    @Test
    void aStatementThatReadsIsItsOwnersWords() {
        Quote q = quote("reid", "First Amendment protects");
        assertEquals("reads", q.cue(), q.why());
        assertEquals("Harry Reid", q.speaker(), q.why());
    }

    /**
     * "“…,” the letter addressed to Chairman Darrell Issa (R-Calif.) reads, according to the Los Angeles Times": the
     * letter reads the words (the parser makes "addressed" the main verb); the addressee does not speak.
     */
    @Test
    void aLetterThatReadsIsTheSpeakerNotItsAddressee() {
        Quote q = quote("letter", "She has not committed any crime");
        assertEquals("reads", q.cue(), q.why());
        assertTrue(q.speaker().startsWith("the letter"), q.speaker() + " / " + q.why());
    }

    /** ", stating, “…”" misparsed as describing "SB 1062": the participle's subject is the committee that came out. */
    @Test
    void aReportingParticipleAfterACommaHasTheSubjectOfTheClause() {
        Quote q = quote("superbowl", "heard loud and clear");
        assertEquals("stating", q.cue(), q.why());
        assertTrue(q.speaker().contains("Super Bowl Host Committee"), q.speaker() + " / " + q.why());
    }

    /** "“… public events.” added Lauten, who works for …": a frame in lower case goes on with the quote. */
    @Test
    void aFrameInLowerCaseAfterAQuoteIsTheQuotesFrame() {
        Quote q = quote("lauten", "Rise to the occasion");
        assertEquals("added", q.cue(), q.why());
        assertTrue(q.speaker().contains("Lauten"), q.speaker() + " / " + q.why());
    }

    /**
     * "…, the Los Angeles Times reports.": a frame closing the sentence reports everything before it (the parser hangs
     * it on the infinitive of "plans"); the plan is not reported apart from it, nor does its content run into it.
     */
    @Test
    void aFrameClosingTheSentenceReportsAllBeforeIt() {
        Quote q = quote("times", "plans to invoke");
        assertEquals("reports", q.cue(), q.why());
        assertEquals("Los Angeles Times", q.speaker(), q.why());
        assertTrue(q.text().startsWith("Lois Lerner, the director"), q.text());
        assertTrue(q.text().endsWith("on Wednesday"), q.text());
        for (Quote other : corpus.quotes()) {
            assertFalse(other.source().startsWith("times") && other.text().contains("Times reports"), other.text());
        }
    }

    /** "…, a contention Ms. Lerner's lawyer disputed.": a noun with its relative clause closes the sentence, no frame. */
    @Test
    void aNounWithItsRelativeClauseIsNoClosingFrame() {
        Quote q = quote("contention", "she had waived");
        assertEquals("argued", q.cue(), q.why());
        assertEquals("They", q.speaker(), q.why());
    }

    /** "“…,” she said, adding that …" and "“…,” said Devine, suggesting that …": the participle reports too. */
    @Test
    void aParticipleAfterAFrameReportsForTheFramesSpeaker() {
        Quote adding = quote("adding", "campaign will work hard");
        assertEquals("adding", adding.cue(), adding.why());
        assertEquals("indirect", adding.kind());
        Quote devine = quote("devine", "upcoming contests");
        assertEquals("suggesting", devine.cue(), devine.why());
        assertEquals("Devine", devine.speaker(), devine.why());
    }
}
