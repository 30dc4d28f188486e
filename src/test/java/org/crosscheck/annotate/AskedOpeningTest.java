package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sentence that opens with "Asked" and what was asked (PolNeAR TRAIN, Breitbart 2016): the question is a report of
 * its own, with no speaker, as PolNeAR's gold marks it. Before, nothing was found for it.
 */
class AskedOpeningTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        TestCorpora.write(dir, "bullied.txt", "Asked if he was ever bullied, the Republican presidential candidate said "
                + "no. But he said bullying doesn\u2019t just happen to children.\n");
        TestCorpora.write(dir, "vote.txt", "Asked about her own vote in the event that Clinton faces Republican "
                + "frontrunner Trump, who has insulted women, Mexicans and Muslims in a volatile campaign, she replied: "
                + "\u201CI don\u2019t know. I\u2019m going to see what happens.\u201D\n");
        // New York Times (BASIL 2012_65cb14cb): the comma that ends the question stands inside a closing mark
        TestCorpora.write(dir, "program.txt", "Asked about those remarks on the CBS News program \u201CFace the "
                + "Nation,\u201D Mr. Santorum, who with his wife has home-schooled their children, remained adamant on "
                + "Sunday.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static Quote byCue(String source, String cue) {
        List<Quote> qs = corpus.quotes().stream().filter(q -> q.source().startsWith(source) && cue.equals(q.cue()))
                .toList();
        assertEquals(1, qs.size(), corpus.quotes().toString());
        return qs.get(0);
    }

    @Test
    void anOpeningAskedIfIsAReportWithNoSpeaker() {
        Quote q = byCue("bullied", "Asked");
        assertEquals("if he was ever bullied", q.text());
        assertNull(q.speaker(), q.why());
    }

    @Test
    void askedAboutKeepsAboutInTheCue() {
        Quote q = byCue("vote", "Asked about");
        assertEquals("her own vote in the event that Clinton faces Republican frontrunner Trump", q.text());
        assertNull(q.speaker(), q.why());
    }

    @Test
    void aCommaInsideAClosingMarkEndsTheQuestion() {
        Quote q = byCue("program", "Asked about");
        assertEquals("those remarks on the CBS News program \"Face the Nation,\"", q.text());
    }
}
