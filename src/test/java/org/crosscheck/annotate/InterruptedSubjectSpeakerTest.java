package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Who speaks when the subject is interrupted: a phrase set off by dashes after the speaker's noun is no part of
 * who speaks (BASIL 2014, Fox on the House immigration principles; the dash as the outlet wrote it, and as two
 * hyphens), nor is a name inside a prepositional phrase of an apposition (the NYT on the same story).
 */
class InterruptedSubjectSpeakerTest {
    @TempDir
    static Path dir;
    static Corpus corpus;

    @BeforeAll
    static void build() throws IOException {
        Files.writeString(dir.resolve("whip.txt"), "One of the highest-profile Republicans in the House of "
                + "Representatives \u2013 where national immigration reform will live or die this year \u2013 said he "
                + "agrees with giving undocumented immigrants a chance to legalize their status.\n\n"
                + "The senator from Ohio -- a member of the committee since 2009 -- said the bill would pass in the "
                + "spring.\n\n"
                + "But the divisions that have slowed progress in the House have not been entirely mended. "
                + "Representative Ra\u00FAl R. Labrador, a Republican of Idaho and once a leading immigration "
                + "negotiator in the House, said it would be a mistake to push forward.\n\n"
                + "On Thursday, aides to House conservatives who oppose the leadership\u2019s plan gathered in the office "
                + "of Senator Jeff Sessions, Republican of Alabama and a fierce opponent of the immigration push, to "
                + "plot a strategy to torpedo it.\n", StandardCharsets.UTF_8);
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static Quote quote(int sentence) {
        List<Quote> qs = corpus.quotes().stream().filter(q -> q.sentence() == sentence).toList();
        assertEquals(1, qs.size(), qs.toString());
        return qs.get(0);
    }

    @Test
    void theDashedPhraseAfterTheSubjectIsNotTheSpeaker() {
        Quote q = quote(0);
        assertEquals("One of the highest-profile Republicans in the House of Representatives", q.speaker(), q.why());
        assertEquals("said", q.cue());
    }

    @Test
    void aNameAfterAPrepositionInTheAppositionIsNotTheSpeaker() {
        // NYT 2014: the parser hangs "said" on the apposition; the name before the comma is the object of "in"
        List<Quote> qs = corpus.quotes().stream().filter(q -> q.text().contains("a mistake to push forward")).toList();
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("Ra\u00FAl R. Labrador", qs.get(0).speaker(), qs.get(0).why());
    }

    @Test
    void whoStandsForTheNounItFollows() {
        List<Quote> qs = corpus.quotes().stream().filter(q -> q.text().contains("leadership")).toList();
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("House conservatives", qs.get(0).speaker(), qs.get(0).why());
    }

    @Test
    void twoHyphensSetAPhraseOffToo() {
        Quote q = quote(1);
        assertEquals("The senator from Ohio", q.speaker(), q.why());
    }
}
