package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Quote;
import org.crosscheck.ingest.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quote rows found wrong on BASIL dev events (issue #3, attribution): each passage is the outlet's own sentences.
 */
class QuotesRound21bTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // Fox, 2012_29ffd053: a letter's words, framed by "the letter states", after a sentence that names the man
        // it was sent to
        TestCorpora.write(dir, "letter.txt", "A group of nearly 90 professors and administrators connected to the "
                + "Jesuit-founded school in Washington, D.C., has sent Ryan, R-Wis., a letter saying he\u2019s "
                + "misused Catholic doctrine to support his deficit-reducing, GOP House budget.\n\n"
                + "\u201CWe appreciate your willingness to talk about how Catholic social teaching can help inform "
                + "effective policy in dealing with the urgent challenges facing our country,\u201D the letter "
                + "states.\n");
        // Fox, 2011_2153fb3e: a motto in quotation marks and the President's words in one sentence
        TestCorpora.write(dir, "motto.txt", "The House vote to reaffirm that \"In God We Trust\" is the U.S. motto "
                + "is \"not putting people back to work,\" President Obama said Wednesday in a speech pushing his "
                + "jobs bill.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static List<Quote> quotes(String source, String words) {
        return TestCorpora.quotes(corpus, source, words);
    }

    /**
     * "states" after "the letter" is tagged a plural noun (the object of "appreciate" inside the quotation), so no verb
     * framed the quotation and it went to Paul Ryan, the subject of the sentence before, with no cue: the document is
     * the source and "states" the cue.
     */
    @Test
    void aLetterThatStatesIsTheSource() {
        List<Quote> q = quotes("letter", "We appreciate your willingness");
        assertEquals(1, q.size(), corpus.quotes().toString());
        assertEquals("the letter", q.get(0).speaker(), q.get(0).toString());
        assertNull(q.get(0).speakerEntity(), q.get(0).toString());
        assertEquals("states", q.get(0).cue(), q.get(0).toString());
    }
}
