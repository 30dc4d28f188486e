package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A lead with a dateline and a closing frame, found reading a BASIL dev event (2013, Clinton's Benghazi testimony;
 * HuffPost's first sentence): the parser makes the dateline "WASHINGTON" the head of the subject, and hangs the
 * closing frame's name on the last noun of the report as an apposition.
 */
class DatelineSpeakerTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        Files.writeString(dir.resolve("lead.txt"), "WASHINGTON -- The classified version of a State Department review "
                + "of last year's assault on an American compound in Benghazi, Libya, found that it was impossible to "
                + "say what exactly motivated the attackers, Secretary of State Hillary Clinton revealed Wednesday.\n\n"
                + "Speaking at a pair of hearings on Capitol Hill, Clinton repeatedly cited the classified version of "
                + "the review.\n", StandardCharsets.UTF_8);
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static Quote found() {
        List<Quote> qs = corpus.quotes().stream().filter(q -> "found".equals(q.cue())).toList();
        assertEquals(1, qs.size(), corpus.quotes().toString());
        return qs.get(0);
    }

    @Test
    void theDatelineSpeaksForNoOne() {
        Quote q = found();
        assertFalse(q.speaker().equalsIgnoreCase("Washington"), q.toString());
        assertTrue(q.speaker().startsWith("The classified version of a State Department review"), q.toString());
    }

    @Test
    void theClosingFrameAndItsDayAreNoPartOfTheReport() {
        Quote q = found();
        assertTrue(q.text().startsWith("that it was impossible to say"), q.text());
        assertTrue(q.text().endsWith("motivated the attackers"), q.text());
    }
}
