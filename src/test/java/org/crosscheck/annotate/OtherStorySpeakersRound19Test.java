package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Quotations inside a report found without quotation marks, and the question that is asked, on all 840 PolNeAR
 * TRAIN articles (speakers round 19): each passage is the outlet's own sentence.
 */
class OtherStorySpeakersRound19Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // PolNeAR TRAIN (Breitbart 2016, New York Times 2016): a quotation hung on the verb of a report
        TestCorpora.write(dir, "fracking.txt", "Cruz blamed the anti-fracking law on \u201cknuckleheaded Democratic "
                + "politicians.\u201d His comments came after being asked yet again to defend his criticism of \u201cNew "
                + "York values.\u201d\n");
        TestCorpora.write(dir, "curiel.txt", "In some respects, the confrontation between Mr. Trump and the Khan "
                + "family echoes a controversy in June when Mr. Trump assailed a federal judge, Gonzalo P. Curiel, for "
                + "his ''Mexican heritage.''\n");
        // PolNeAR TRAIN (New York Times 2016): the question asked, after the one asked
        TestCorpora.write(dir, "rubin.txt", "The conversation meandered from United States foreign policy to the "
                + "Greek debt crisis. Then Mr. Rubin asked the students if they were always so preternaturally "
                + "serious.\n");
        // PolNeAR TRAIN (Washington Post 2016): a second verb of the frame's subject joined to the reported clause
        TestCorpora.write(dir, "strategists.txt", "But some Democratic strategists fear that Clinton has already "
                + "missed a unique opportunity and warn that counting on Hispanic voters to turn out just because they "
                + "hate Trump is not a reliable strategy.\n");
        // BASIL (HuffPost 2010, 2011): a report inside an opening adverbial clause; two reporting absolutes
        TestCorpora.write(dir, "steele.txt", "And while many predict that Steele will call it quits after his current "
                + "term, his increasing seclusion and detachment from other Republican advisers has made his "
                + "forthcoming decision difficult to ascertain. While some, such as black conservative group BOND "
                + "Action, have directly announced their intentions to work toward insuring Steele's termination at "
                + "the committee, other Republicans have simply lined up behind his growing list of challengers.\n");
        TestCorpora.write(dir, "cover.txt", "Reaction to the cover has been mixed, with some saying it makes Bachmann "
                + "look \"crazy\" and one blogger asking, \"Can anyone really say with a straight face that the "
                + "mainstream media is not totally biased against conservatives?\"\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    /** The quotes of {@code source} of this kind with this cue, as "speaker span | text". */
    private static List<String> rows(String source, String kind, String cue) throws IOException {
        String text = Files.readString(dir.resolve(source + ".txt"));
        return corpus.quotes().stream().filter(q -> q.source().startsWith(source) && q.kind().equals(kind)
                        && cue.equals(q.cue()))
                .map(q -> (q.speakerStart() < 0 ? "" : text.substring(q.speakerStart(), q.speakerEnd())) + " | "
                        + q.text()).toList();
    }

    /**
     * "Cruz blamed the anti-fracking law on “knuckleheaded Democratic politicians.”" (PolNeAR: "Cruz" / "blamed" / "the
     * anti-fracking law on “knuckleheaded Democratic politicians.”"): the quotation hangs, through the preposition, on
     * the verb of the report "Cruz blamed the anti-fracking law"; it is Cruz's, with that cue. Before, it had no
     * speaker (and, holding more of the gold content than the report's object, it took the pairing).
     */
    @Test
    void aQuotationOnTheVerbOfAReportIsThatReportsSpeakers() throws IOException {
        assertEquals(List.of("Cruz | knuckleheaded Democratic politicians."), rows("fracking", "partial", "blamed"));
        assertEquals(List.of("Mr. Trump | Mexican heritage."), rows("curiel", "partial", "assailed"));
    }

    /**
     * "Then Mr. Rubin asked the students if they were always so preternaturally serious." (PolNeAR: "Mr. Rubin" /
     * "asked" / "if they were always so preternaturally serious"): what is asked is the question the parser hangs on
     * the verb as an adverbial clause, not the students. Before, the content was "the students" and the gold relation
     * was missed.
     */
    @Test
    void theQuestionAskedIsTheContent() throws IOException {
        assertEquals(List.of("Mr. Rubin | if they were always so preternaturally serious"),
                rows("rubin", "indirect", "asked"));
    }

    /**
     * "But some Democratic strategists fear that Clinton has already missed a unique opportunity and warn that …"
     * (PolNeAR: two relations of "some Democratic strategists", "fear" and "warn"): the parser joins "warn" to "missed",
     * the reported clause's verb, but its form is the frame's ("fear", "warn") and not the clause's ("has missed").
     * Before, the content of "fear" ran on to the end of the sentence and "warn" had no relation.
     */
    @Test
    void aSecondVerbOfTheFrameJoinedToTheReportedClause() throws IOException {
        assertEquals(List.of("some Democratic strategists | that Clinton has already missed a unique opportunity"),
                rows("strategists", "indirect", "fear"));
        assertEquals(List.of("some Democratic strategists | that counting on Hispanic voters to turn out just because "
                + "they hate Trump is not a reliable strategy"), rows("strategists", "indirect", "warn"));
    }

    /**
     * "And while many predict that Steele will call it quits after his current term, his increasing seclusion … has
     * made …" (HuffPost): the report sits in the adverbial clause that opens the sentence; its content ends at the
     * comma before the main clause. Before, it ran on to "difficult to ascertain".
     */
    @Test
    void aContentInAnOpeningAdverbialClauseEndsBeforeTheMainClause() throws IOException {
        assertEquals(List.of("many | that Steele will call it quits after his current term"),
                rows("steele", "indirect", "predict"));
        assertEquals(List.of("some, such as black conservative group BOND Action | their intentions to work toward "
                + "insuring Steele's termination at the committee"), rows("steele", "indirect", "announced"));
    }

    /**
     * "…, with some saying it makes Bachmann look "crazy" and one blogger asking, "Can anyone …?"" (HuffPost): the
     * content of "some saying" ends before "and one blogger asking". Before, it held the blogger's question.
     */
    @Test
    void aSecondReportingAbsoluteEndsTheFirstContent() throws IOException {
        assertEquals(List.of("some | it makes Bachmann look \"crazy\""), rows("cover", "indirect", "saying"));
    }
}
