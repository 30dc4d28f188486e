package org.crosscheck.annotate;

import static org.crosscheck.annotate.TestCorpora.QuoteField.CUE_SPAN;
import static org.crosscheck.annotate.TestCorpora.QuoteField.KIND;
import static org.crosscheck.annotate.TestCorpora.QuoteField.SPAN;
import static org.crosscheck.annotate.TestCorpora.QuoteField.SPEAKER;
import static org.crosscheck.annotate.TestCorpora.QuoteField.TEXT;
import static org.crosscheck.annotate.TestCorpora.QuoteField.TEXT_SPAN;
import static org.crosscheck.annotate.TestCorpora.QuoteField.WHY;
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
 * Speakers round 22b, counted on all 840 PolNeAR TRAIN articles: each passage is the outlet's own sentence.
 */
class OtherStorySpeakersRound22bTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // Washington Post (PolNeAR TRAIN): a content ending inside a senator's party and state
        TestCorpora.write(dir, "sanders.txt", "Then she invoked the Sept. 11, 2001, terrorist attacks to defend herself "
                + "against a critique of her alleged cozy relationship with Wall Street from Sen. Bernie Sanders (Vt.) - "
                + "and was roundly criticized on Twitter.\n");
        // Washington Post (PolNeAR TRAIN): a content ending inside the writer's aside
        TestCorpora.write(dir, "refugees.txt", "Trump never cited a source for his claim in November that Obama wants "
                + "to take in as many as 250,000 Syrian refugees (Obama has proposed accepting 10,000 Syrians). But "
                + "the fact-checking site Politifact traced the story to a website called Real News Right Now.\n");
        // HuffPost (PolNeAR TRAIN): a one-word aside after a common noun
        TestCorpora.write(dir, "grounding.txt", "And while he said he would bring back waterboarding for the terrorists "
                + "themselves, he clarified that it would be on firm legal grounding (naturally).\n");
        // Politico (PolNeAR TRAIN): a report inside a relative clause on the subject of a second report
        TestCorpora.write(dir, "podesta.txt", "Podesta, who said the project was vetted by his firm's counsel, said he "
                + "was unaware of any such disagreements.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    /** The quotes of {@code source}, as "speaker | speaker span | cue span | kind | text | content span". */
    private static List<String> rows(String source) throws IOException {
        return TestCorpora.quoteRows(corpus, dir, source, SPEAKER, SPAN, CUE_SPAN, KIND, TEXT, TEXT_SPAN, WHY);
    }

    /**
     * "… a critique of her alleged cozy relationship with Wall Street from Sen. Bernie Sanders (Vt.) - and was roundly
     * criticized on Twitter." (Washington Post): a content that ended inside a name's short parenthesis runs through
     * its closing mark, as PolNeAR marks it. Before, it ended at "(Vt.".
     */
    @Test
    void aContentClosesANamesShortParenthesis() throws IOException {
        List<String> r = rows("sanders").stream().filter(x -> x.contains(" | defend | ")).toList();
        assertEquals(1, r.size(), rows("sanders").toString());
        assertEquals(true, r.get(0).contains(" | herself against a critique of her alleged cozy relationship with Wall "
                + "Street from Sen. Bernie Sanders (Vt.) | herself against a critique of her alleged cozy relationship "
                + "with Wall Street from Sen. Bernie Sanders (Vt.) | "), r.get(0));
    }

    /**
     * "Trump never cited a source for his claim in November that Obama wants to take in as many as 250,000 Syrian
     * refugees (Obama has proposed accepting 10,000 Syrians)." (Washington Post) and "he clarified that it would be on
     * firm legal grounding (naturally)." (HuffPost): the writer's aside in a parenthesis is no part of what was said;
     * the content ends before it, as PolNeAR marks it. Before, both ended inside the parenthesis.
     */
    @Test
    void aContentEndsBeforeTheWritersAside() throws IOException {
        List<String> cited = rows("refugees").stream().filter(x -> x.contains(" | cited | ")).toList();
        assertEquals(1, cited.size(), rows("refugees").toString());
        assertEquals(true, cited.get(0).contains(" | indirect | a source for his claim in November that Obama wants to "
                + "take in as many as 250,000 Syrian refugees | a source for his claim in November that Obama wants to "
                + "take in as many as 250,000 Syrian refugees | "), cited.get(0));
        List<String> clarified = rows("grounding").stream().filter(x -> x.contains(" | clarified | ")).toList();
        assertEquals(1, clarified.size(), rows("grounding").toString());
        assertEquals(true, clarified.get(0).contains(" | indirect | that it would be on firm legal grounding | that it "
                + "would be on firm legal grounding | "), clarified.get(0));
    }

    /**
     * "Podesta, who said the project was vetted by his firm's counsel, said he was unaware of any such disagreements."
     * (Politico): the relative clause set off after the name is no part of the second report's source; its own report
     * ("who" / "said" / "the project was vetted …") stands. Before, the source was "Podesta, who said the project was
     * vetted by his firm's counsel" and the report inside it was dropped as part of a source.
     */
    @Test
    void aRelativeClauseAfterTheNameIsNoPartOfTheSource() throws IOException {
        List<String> r = rows("podesta");
        assertEquals(2, r.size(), r.toString());
        assertEquals(true, r.get(0).startsWith("Podesta | who | said | indirect | the project was vetted by his firm's "
                + "counsel | "), r.get(0));
        assertEquals(true, r.get(1).startsWith("Podesta | Podesta | said | indirect | he was unaware of any such "
                + "disagreements | "), r.get(1));
    }
}
