package org.crosscheck.annotate;

import static org.crosscheck.annotate.TestCorpora.QuoteField.CUE_SPAN;
import static org.crosscheck.annotate.TestCorpora.QuoteField.KIND;
import static org.crosscheck.annotate.TestCorpora.QuoteField.SPAN;
import static org.crosscheck.annotate.TestCorpora.QuoteField.TEXT_SPAN;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speakers round 23b, counted on all 840 PolNeAR TRAIN articles: each passage is the outlet's own sentence.
 */
class OtherStorySpeakersRound23bTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // Washington Post (PolNeAR TRAIN): "but he said" after a long content, parsed with two subjects
        TestCorpora.write(dir, "benghazi.txt", "Bob said there was \"some reporting\" even in the midst of the attacks "
                + "that a terrorist group known as Ansar al-Sharia was involved, but he said he played no role in "
                + "shaping White House talking points about the attacks that came under harsh criticism.\n");
        // Politico (PolNeAR TRAIN): the second "said" parsed as punctuation
        TestCorpora.write(dir, "latino.txt", "One in three said the party doesn't care very much about the Latino "
                + "community and one in four said the party was outright hostile to the Latino community, about the "
                + "same number who said the party truly cares.\n");
        // USA Today (PolNeAR dev): two titles of one person
        TestCorpora.write(dir, "lady.txt", "The former first lady and U.S. senator said it was \"a mistake\" to use "
                + "private email while at the State Department, but she denied that she mishandled classified "
                + "information.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    /** The quotes of {@code source}, as "speaker span | cue span | kind | content span". */
    private static List<String> rows(String source) throws IOException {
        return TestCorpora.quoteRows(corpus, dir, source, SPAN, CUE_SPAN, KIND, TEXT_SPAN);
    }

    /**
     * "…, but he said he played no role …" (Washington Post): the parser gives the second "said" two subjects, "group"
     * far back and "he" right before it; the nearer one decides that a report with its own subject opens after "but",
     * so the first content ends before it and the second is found. Before, the first content ran on over it.
     */
    @Test
    void aReportWithItsOwnSubjectAfterButEndsTheFirst() throws IOException {
        List<String> r = rows("benghazi");
        assertTrue(r.contains("Bob | said | indirect | there was \"some reporting\" even in the midst of the attacks that "
                + "a terrorist group known as Ansar al-Sharia was involved"), r.toString());
        assertTrue(r.stream().anyMatch(x -> x.startsWith("he | said | indirect | he played no role")), r.toString());
    }

    /**
     * "… and one in four said the party was outright hostile …" (Politico): a counted subject after "and" and a verb
     * of saying the parser read as punctuation is a second report, with that subject as its speaker.
     */
    @Test
    void aCountedSubjectBeforeAnUnparsedVerbOfSaying() throws IOException {
        List<String> r = rows("latino");
        assertTrue(r.contains("One in three | said | indirect | the party doesn't care very much about the Latino "
                + "community"), r.toString());
        assertTrue(r.stream().anyMatch(x -> x.startsWith("one in four | said | indirect | the party was outright "
                + "hostile")), r.toString());
    }

    /**
     * "The former first lady and U.S. senator said …" (USA Today): two nouns for persons joined by "and" opening the
     * sentence are one speaker; "senator", tagged as a proper noun in lower case, is a person, so the place inside the
     * phrase does not name the speaker. Before, the speaker was "U.S. senator", named "America".
     */
    @Test
    void twoTitlesJoinedByAndAreOneSpeaker() throws IOException {
        List<String> r = rows("lady");
        assertTrue(r.contains("The former first lady and U.S. senator | said | indirect | it was \"a mistake\" to use "
                + "private email while at the State Department"), r.toString());
        assertTrue(corpus.quotes().stream().filter(q -> q.source().startsWith("lady"))
                .noneMatch(q -> q.speaker().equals("America") || q.speaker().equals("United States")));
    }
}
