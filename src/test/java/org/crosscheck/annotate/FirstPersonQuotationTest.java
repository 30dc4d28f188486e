package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A quotation standing alone, with no frame, after a sentence whose subject is a person, in the same paragraph: when
 * its words are in the first person they are that person's (speakers round 10 measured that the bare subject of the
 * sentence before is seldom the speaker of a quotation in general, and dropped that rule).
 */
class FirstPersonQuotationTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // PolNeAR TRAIN (Washington Post 2016)
        TestCorpora.write(dir, "touted.txt", "Sanders said: \"Absolutely. It's time for low-wage workers, including "
                + "caregivers, to organize.\"\n\n"
                + "Clinton touted her credentials as an original co-sponsor of the legislation. \"We need to find ways "
                + "to support workers that want a union in their workplace to have fair elections without fear of "
                + "employer retaliation or intimidation. . . . Labor organizing should be protected in our courts. "
                + "Workers need recourse when they are punished by their employers for organizing.\"\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    @Test
    void aFirstPersonQuotationIsThePersonsOfTheSentenceBefore() {
        List<Quote> q = TestCorpora.quotes(corpus, "touted", "We need to find ways");
        assertEquals(1, q.size(), corpus.quotes().toString());
        assertTrue(q.get(0).speaker().contains("Clinton"), q.toString());
    }
}
