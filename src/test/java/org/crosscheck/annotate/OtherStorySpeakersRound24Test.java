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
 * Speakers round 24, counted on all 840 PolNeAR TRAIN articles: each passage is the outlet's own sentence.
 */
class OtherStorySpeakersRound24Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // Breitbart (PolNeAR TRAIN, "The Latest"): a report in a relative clause inside the object of another
        TestCorpora.write(dir, "mention.txt", "But Trump notably made no mention of Jeb Bush, who announced he is "
                + "suspending his campaign earlier in the evening.\n");
        // BBC politics 312: the parser hangs the main verb on the subject's relative clause
        TestCorpora.write(dir, "unions.txt", "Other public sector unions have pledged to follow. The five unions which "
                + "met Mr Prescott want the government to withdraw these regulations.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    /** The quotes of {@code source}, as "speaker span | cue span | kind | content span". */
    private static List<String> rows(String source) throws IOException {
        return TestCorpora.quoteRows(corpus, dir, source, SPAN, CUE_SPAN, KIND, TEXT_SPAN);
    }

    /**
     * "… made no mention of Jeb Bush, who announced he is suspending his campaign …" (Breitbart): the relative clause
     * after the comma reports on its own, so the object ends before the comma and "who announced" is a relation of
     * its own, as PolNeAR marks it. Before, the object ran over the clause and its report was not found.
     */
    @Test
    void aRelativeClauseThatReportsIsNoPartOfAnObject() throws IOException {
        List<String> r = rows("mention");
        assertTrue(r.contains("Trump | made no mention of | indirect | Jeb Bush"), r.toString());
        assertTrue(r.contains("who | announced | indirect | he is suspending his campaign earlier in the evening"),
                r.toString());
    }

    /**
     * "The five unions which met Mr Prescott want the government to withdraw these regulations." (BBC): the parser
     * makes "want" a clause of "met" with "Mr Prescott" as its subject; who wants is the subject with its relative
     * clause. Before, the row was Prescott's.
     */
    @Test
    void aSubjectsRelativeClauseDoesNotGiveItsObjectAsSpeaker() throws IOException {
        List<String> r = rows("unions");
        assertTrue(r.contains("The five unions which met Mr Prescott | want | indirect | the government to withdraw "
                + "these regulations"), r.toString());
        assertTrue(corpus.quotes().stream().filter(q -> q.source().startsWith("unions"))
                .noneMatch(q -> q.speaker().endsWith("Prescott") && !q.speaker().contains("unions")));
    }
}
