package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
 * Two frames found reading a BASIL dev event (2013, Clinton's Benghazi testimony; Fox News' sentences): "As X put
 * it, “…”" gives the quotation to X, not to the person quoted before; and a one-word answer after "she said:" is
 * said, not the title of a work.
 */
class AsPutItFrameTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        Files.writeString(dir.resolve("fox.txt"), """
                Cables

                "That cable did not come to my attention," Clinton said.

                Republicans argue the Aug. 16 cable was rather high priority. As Sen. Rand Paul, R-Ky., put it, "Libya has to have been one of the hottest of hot spots around the world."

                Still, then-Deputy Assistant Secretary for Diplomatic Security Charlene Lamb testified in October that the size of the attack -- and not the money -- was the issue.

                Asked if there was any budget consideration that led her not to increase the security force, she said: "No."
                """, StandardCharsets.UTF_8);
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static Quote quote(String words) {
        List<Quote> qs = corpus.quotes().stream().filter(q -> q.text().contains(words)).toList();
        assertFalse(qs.isEmpty(), corpus.quotes().toString());
        return qs.get(0);
    }

    @Test
    void asHePutItFramesTheQuotation() {
        Quote q = quote("hottest of hot spots");
        assertEquals("Rand Paul", q.speaker(), q.toString());
        assertEquals("put", q.cue(), q.toString());
    }

    @Test
    void aOneWordAnswerAfterSaidIsSaid() {
        Quote q = quote("No.");
        assertEquals("Charlene Lamb", q.speaker(), q.toString());
        assertEquals("said", q.cue(), q.toString());
    }
}
