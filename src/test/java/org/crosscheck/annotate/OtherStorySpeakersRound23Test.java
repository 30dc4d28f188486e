package org.crosscheck.annotate;

import static org.crosscheck.annotate.TestCorpora.QuoteField.CUE_SPAN;
import static org.crosscheck.annotate.TestCorpora.QuoteField.KIND;
import static org.crosscheck.annotate.TestCorpora.QuoteField.SPAN;
import static org.crosscheck.annotate.TestCorpora.QuoteField.TEXT_SPAN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speakers round 23, counted on all 840 PolNeAR TRAIN articles: each passage is the outlet's own sentence.
 */
class OtherStorySpeakersRound23Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // New York Times (PolNeAR TRAIN): a second verb of saying after "and", parsed under the first content's noun
        TestCorpora.write(dir, "conway.txt", "Conway rejected the idea that the changes amounted to a shake-up and "
                + "said that Mr. Manafort was not being diminished.\n");
        // Washington Post (PolNeAR TRAIN): the same, parsed as a relative clause of a noun of the first content
        TestCorpora.write(dir, "mothers.txt", "Her campaign also announced new support from African American "
                + "mothers who have lost children to gun violence and said some of the women would campaign for "
                + "Clinton in South Carolina.\n");
        // Washington Post (PolNeAR TRAIN): after "but" and an auxiliary, in the frame's tense
        TestCorpora.write(dir, "visas.txt", "Cruz has supported increasing the number of H-1B visas - at one point, "
                + "as much as fivefold - but has since said he now believes the system needs to be reformed before "
                + "the number can be increased.\n");
        // Breitbart (AP, PolNeAR TRAIN): a counted group compared with another that reports of its own
        TestCorpora.write(dir, "compared.txt", "Seventy-four percent of Democratic registered voters say they have a "
                + "favorable view of Clinton, compared with 64 percent who say the same of Sanders.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    /** The quotes of {@code source}, as "speaker span | cue span | kind | content span". */
    private static List<String> rows(String source) throws IOException {
        return TestCorpora.quoteRows(corpus, dir, source, SPAN, CUE_SPAN, KIND, TEXT_SPAN);
    }

    /**
     * "Conway rejected the idea that the changes amounted to a shake-up and said that Mr. Manafort was not being
     * diminished." (New York Times) and "Her campaign also announced new support from African American mothers who
     * have lost children to gun violence and said some of the women would campaign …" (Washington Post): "and said",
     * in the frame's tense with a clause after it, is the frame's subject's second report; the first content ends
     * before "and", as PolNeAR marks it. Before, the first content ran to the sentence's end and the second report
     * was not found.
     */
    @Test
    void aVerbOfSayingAfterAndIsTheFramesSecondReport() throws IOException {
        assertEquals(List.of("Conway | rejected | indirect | the idea that the changes amounted to a shake-up",
                "Conway | said | indirect | that Mr. Manafort was not being diminished"), rows("conway"));
        assertEquals(List.of("Her campaign | announced | indirect | new support from African American mothers who "
                        + "have lost children to gun violence",
                "Her campaign | said | indirect | some of the women would campaign for Clinton in South Carolina"),
                rows("mothers"));
    }

    /**
     * "Cruz has supported increasing the number of H-1B visas - …, as much as fivefold - but has since said he now
     * believes the system needs to be reformed …" (Washington Post): after "but" and the auxiliary "has", in the
     * frame's tense ("has supported"), the same.
     */
    @Test
    void aVerbOfSayingAfterButAndAnAuxiliary() throws IOException {
        List<String> r = rows("visas");
        assertEquals(true, r.contains("Cruz | said | indirect | he now believes the system needs to be reformed before "
                + "the number can be increased"), r.toString());
        assertEquals(true, r.contains("Cruz | supported | indirect | increasing the number of H-1B visas - at one "
                + "point, as much as fivefold"), r.toString());
    }

    /**
     * "Seventy-four percent of Democratic registered voters say they have a favorable view of Clinton, compared with
     * 64 percent who say the same of Sanders." (AP in Breitbart): the group compared with reports of its own ("who" /
     * "say" / "the same of Sanders", as PolNeAR marks it); the first content ends at the comma. Before, it ran on to
     * the end and the second report was not found.
     */
    @Test
    void aComparedGroupReportsOfItsOwn() throws IOException {
        assertEquals(List.of("Seventy-four percent of Democratic registered voters | say | indirect | they have a "
                + "favorable view of Clinton", "who | say | indirect | the same of Sanders"), rows("compared"));
    }
}
