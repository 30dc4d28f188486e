package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speakers round 21, counted on all 840 PolNeAR TRAIN articles, and the BBC and BASIL stories the lead read: each
 * passage is the outlet's own sentence.
 */
class OtherStorySpeakersRound21Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // BBC business (Yukos): a document from a place
        TestCorpora.write(dir, "baikal.txt", "Reports from Russia say Baikal has paid a deposit of nearly $1.7bn from a "
                + "Sberbank (Savings Bank) account to the Russian Federal Property Fund, for Yugansk.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    /** The quotes of {@code source} with this cue, as "speaker | speaker span | kind | text". */
    private static List<String> rows(String source, String cue) throws IOException {
        String text = Files.readString(dir.resolve(source + ".txt"));
        return corpus.quotes().stream().filter(q -> q.source().startsWith(source)
                        && cue.equals(q.cue() == null ? "" : q.cue()))
                .map(q -> q.speaker() + " | " + (q.speakerStart() < 0 ? "" : text.substring(q.speakerStart(),
                        q.speakerEnd())) + " | " + q.kind() + " | " + q.text()).toList();
    }

    /**
     * "Reports from Russia say Baikal has paid a deposit …" (BBC business): a place named bare after "from" is where
     * the reports come from, not who wrote them. Before, the speaker was "Russia".
     */
    @Test
    void aPlaceAfterFromIsNoDocumentsOwner() throws IOException {
        List<String> r = rows("baikal", "say");
        assertEquals(1, r.size(), r.toString());
        assertEquals("Reports from Russia | Reports from Russia", r.get(0).substring(0, r.get(0).indexOf(" | indirect")));
    }
}
