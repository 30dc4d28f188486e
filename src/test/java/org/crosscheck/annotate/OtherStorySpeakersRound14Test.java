package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
 * Speakers and contents wrong on all 840 PolNeAR TRAIN articles (speakers round 14): each passage is the outlet's own
 * sentence.
 */
class OtherStorySpeakersRound14Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // PolNeAR TRAIN (HuffPost 2016, Politico 2015, Breitbart 2016): a phrase that opens the sentence, parsed as a
        // second subject of the verb
        TestCorpora.write(dir, "surveying.txt", "Surveying rust-belt desolation in upstate New York, Williamson "
                + "concludes: \u201CNobody did this to them. They failed themselves.\u201D\n");
        TestCorpora.write(dir, "leaning.txt", "Hillary Clinton spoke to supporters in Boston on Saturday.\n\n"
                + "Leaning into her urban message, she added that \u201Cnot everyone can afford, or wants, to have a "
                + "car these days, and I don\u2019t think people want to see more traffic downtown. That\u2019s why "
                + "public transit is absolutely vital to connecting people.\u201D\n");
        TestCorpora.write(dir, "addressing.txt", "Addressing attendees of the New York State Republican Party\u2019s "
                + "annual gala Thursday, Trump described families playing in Central Park, restaurants packed with "
                + "patrons and workers, and a city of \u201Chonesty and straight talk.\u201D\n");
        // PolNeAR TRAIN (Breitbart 2016, from the AP): a second report joined to the first one's content by "and"
        TestCorpora.write(dir, "declaring.txt", "Clinton celebrated in Florida with supporters, declaring it "
                + "\u201Canother super Tuesday for our campaign\u201D and said it was another step closer to winning "
                + "the White House.\n");
        // PolNeAR TRAIN (Breitbart 2016): a participle of saying does not invert
        TestCorpora.write(dir, "saying.txt", "\u201CBy the way, if she gets to pick her judges, nothing you can do, "
                + "folks,\u201D Trump told a North Carolina rally, saying Clinton would \u201Cabolish the second "
                + "amendment.\u201D\n");
        // PolNeAR TRAIN (Washington Post 2016): whom one urges to support someone has not said they do
        TestCorpora.write(dir, "persuade.txt", "LeVell is a black man on a mission to change what he thinks is an "
                + "unfounded and unfair perception that Trump is racist. He dismisses accusations that Trump has "
                + "exploited racial tensions. He is even trying to persuade other people of color to support Trump's "
                + "campaign for president.\n");
        // PolNeAR TRAIN (Western Journal 2015): a question to the reader between an article's paragraphs
        TestCorpora.write(dir, "reader.txt", "\u201CWe\u2019re being led by people that don\u2019t know what\u2019s "
                + "happening,\u201D Trump said.\n\nDo you support Donald Trump? Like the page:\n\nTrump went on to "
                + "discuss his strong opposition to the re-settlement of Syrian war refugees in the United States.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static Quote withCue(String source, String cue) {
        return withCue(source, cue, null);
    }

    /** The one quote of {@code source} with {@code cue} (and of {@code kind}, when not null). */
    private static Quote withCue(String source, String cue, String kind) {
        List<Quote> q = corpus.quotes().stream().filter(x -> x.source().equals(source) || x.source().startsWith(source))
                .filter(x -> cue.equals(x.cue()) && (kind == null || kind.equals(x.kind()))).toList();
        assertEquals(1, q.size(), corpus.quotes().toString());
        return q.get(0);
    }

    /** The words of the article the quote's speaker span covers. */
    private static String speakerSpan(String file, Quote q) throws IOException {
        assertTrue(q.speakerStart() >= 0, q.toString());
        return Files.readString(dir.resolve(file)).substring(q.speakerStart(), q.speakerEnd());
    }

    /**
     * "Surveying rust-belt desolation in upstate New York, Williamson concludes: …", "Leaning into her urban message,
     * she added that …", "Addressing attendees of …, Trump described …": the parser gives the verb two subjects, the
     * opening phrase and the real one; the speaker is the subject nearer the verb, after the comma (PolNeAR:
     * "Williamson", "she", "Trump"). The opening phrase was taken as the speaker.
     */
    @Test
    void anOpeningPhraseBeforeTheSubjectIsNoSpeaker() throws IOException {
        assertEquals("Williamson", speakerSpan("surveying.txt", withCue("surveying", "concludes")));
        assertEquals("she", speakerSpan("leaning.txt", withCue("leaning", "added", "indirect")));
        assertEquals("Trump", speakerSpan("addressing.txt", withCue("addressing", "described")));
    }

    /**
     * "Clinton celebrated in Florida with supporters, declaring it “another super Tuesday for our campaign” and said it
     * was another step closer to winning the White House": the second verb of saying, after "and", with no subject of
     * its own and the same speaker, is a report of its own (PolNeAR: "Clinton" / "declaring" / "it “another super
     * Tuesday …”" and "Clinton" / "said" / "it was another step closer …"). The first content ran to the end of the
     * sentence and swallowed the second.
     */
    @Test
    void aSecondReportAfterAndIsItsOwn() throws IOException {
        Quote declaring = withCue("declaring", "declaring");
        assertTrue(declaring.text().contains("another super Tuesday"), declaring.toString());
        assertFalse(declaring.text().contains("step closer"), declaring.toString());
        Quote said = withCue("declaring", "said");
        assertEquals("Clinton", speakerSpan("declaring.txt", said));
        assertTrue(said.text().contains("it was another step closer to winning the White House"), said.toString());
    }

    /**
     * "…,” Trump told a North Carolina rally, saying Clinton would “abolish the second amendment.”": a participle does
     * not invert, so the name after "saying" opens the reported clause and is not its speaker (PolNeAR: "Trump").
     */
    @Test
    void aParticipleDoesNotInvert() {
        List<Quote> abolish = TestCorpora.quotes(corpus, "saying", "abolish the second amendment");
        assertFalse(abolish.isEmpty(), corpus.quotes().toString());
        for (Quote q : abolish) {
            assertTrue(q.speaker() == null || !q.speaker().contains("Clinton"), q.toString());
        }
    }

    /**
     * "He is even trying to persuade other people of color to support Trump's campaign for president": the people
     * urged to support him are no source of support (PolNeAR has the urging, by "He", and nothing by them).
     */
    @Test
    void whomOneUrgesToSupportSomeoneIsNoSource() {
        for (Quote q : TestCorpora.quotes(corpus, "persuade", "Trump's campaign")) {
            assertTrue(q.speaker() == null || !q.speaker().contains("people of color"), q.toString());
        }
    }

    /**
     * "Do you support Donald Trump? Like the page:" between an article's paragraphs: a question put to the reader
     * reports no one's support (PolNeAR has no relation there; on TRAIN the rule drops 14 relations, 13 of them paired
     * with nothing and none right; questions in a paragraph an interview's "Q" opens keep theirs).
     */
    @Test
    void aQuestionToTheReaderReportsNothing() {
        assertTrue(corpus.quotes().stream().noneMatch(q -> q.source().startsWith("reader")
                && "support".equals(q.cue())), corpus.quotes().toString());
    }
}
