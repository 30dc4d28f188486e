package org.crosscheck.annotate;

import static org.crosscheck.annotate.TestCorpora.QuoteField.SPAN;
import static org.crosscheck.annotate.TestCorpora.QuoteField.TEXT;
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
 * A participle of saying shares the subject of its clause's verb, and a title quoted after "titled" is the words of
 * the work's author (the lead's reading of BASIL event 2014_96b7046f, and PolNeAR dev): each passage is the outlet's
 * own sentence.
 */
class ParticipleAndTitledWorkTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // Fox News 2014: the first person named in the sentence is the object of "at"
        TestCorpora.write(dir, "fox.txt", "Elizabeth Lauten wrote in a now-deleted Facebook post Friday that the "
                + "girls should \"try showing a little class.\" The communications pro also took a shot at President "
                + "Obama and the first lady, writing \"your mother and father don't respect their positions very much, "
                + "or the nation for that matter.\"\n");
        // New York Times 2014: a headline quoted after "titled"
        TestCorpora.write(dir, "nyt.txt", "\u201CNah,\u201D Malia said quickly.\n\nTheir teenage disdain drew its "
                + "fair share of media attention, including a BuzzFeed article titled \u201CThe Obama Girls Could Not "
                + "Be More Bored by Their Dad\u2019s Jokes.\u201D\n");
        // PolNeAR dev (New York Times 2016): the title's authors after "by"
        TestCorpora.write(dir, "paper.txt", "The plan is lifted almost whole cloth from a paper published shortly "
                + "before Mrs. Clinton's N.Y.U. speech titled ''How to Foster Long-Term Innovation Investment'' by "
                + "Neera Tanden and Blair Effron.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    /** The quotes of {@code source} with this cue, as "speaker span | text". */
    private static List<String> rows(String source, String cue) throws IOException {
        return TestCorpora.quoteRows(corpus, dir, source, cue, SPAN, TEXT);
    }

    /** Before, the speaker was Barack Obama, the first person named before the participle. */
    @Test
    void aParticipleOfSayingSharesTheSubjectOfItsClause() throws IOException {
        assertEquals(List.of("The communications pro | your mother and father don't respect their positions very "
                + "much, or the nation for that matter."), rows("fox", "writing"));
    }

    /** Before, the headline was a direct quote of Malia Obama, the speaker of the quotation before it. */
    @Test
    void aHeadlineQuotedAfterTitledIsTheWorksWords() throws IOException {
        assertEquals(List.of(" | The Obama Girls Could Not Be More Bored by Their Dad's Jokes."),
                rows("nyt", "titled"));
        assertEquals(List.of(), rows("nyt", "said").stream().filter(r -> r.contains("Bored")).toList());
    }

    /** Before, the title had no cue and Clinton, the speech's owner, for its speaker (PolNeAR: the two authors). */
    @Test
    void theAuthorsAfterBySpeakTheTitle() throws IOException {
        assertEquals(List.of("Neera Tanden | How to Foster Long-Term Innovation Investment"), rows("paper", "titled"));
    }
}
