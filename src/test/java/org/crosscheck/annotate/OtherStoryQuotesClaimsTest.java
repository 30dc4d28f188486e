package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Quote rules found by reading other stories than the seeds' (BASIL dev events of 2010, 2012 and 2013 and
 * BBC politics reports of a party split): each passage is a sentence as the outlet wrote it.
 */
class OtherStoryQuotesClaimsTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        write("akin.txt", "In a statement released Tuesday afternoon, they said his presence does not serve "
                + "\u201Cthe national interest.\u201D\n\n"
                + "The cameraman replies, \u201Cwe\u2019re just here for a project...we\u2019re just students.\u201D\n\n"
                + "The video, which was posted on YouTube by \u201CDCCameraGuy,\u201D does not reveal the identity of "
                + "the men making the tape.\n");
        write("veritas.txt", "Mr Kilroy-Silk said \"our country\" was being \"stolen from us\" by mass "
                + "immigration.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static List<Quote> quotes(String source, int sentence) {
        return corpus.quotes().stream().filter(q -> q.source().startsWith(source) && q.sentence() == sentence)
                .toList();
    }

    @Test
    void aPhraseQuotedInsideAReportedClauseIsOneReportWithTheWholeQuotation() {
        List<Quote> qs = quotes("akin", 0);
        assertEquals(1, qs.size(), qs.toString());
        Quote q = qs.get(0);
        assertEquals("indirect", q.kind());
        assertEquals("said", q.cue());
        // the content does not stop inside the quotation marks
        assertTrue(q.text().endsWith("\"the national interest.\""), q.text());
    }

    @Test
    void aReportedClauseThatIsOnlyAQuotationIsThatQuotation() {
        List<Quote> qs = quotes("akin", 1);
        assertEquals(1, qs.size(), qs.toString());
        // a whole sentence after "replies," is a direct quotation, though it opens in lower case
        assertEquals("direct", qs.get(0).kind());
        assertEquals("replies", qs.get(0).cue());
    }

    @Test
    void aQuotedNameRunIntoTheSentenceIsPartialThoughItsCommaIsInsideTheMarks() {
        List<Quote> qs = quotes("akin", 2);
        assertEquals(1, qs.size(), qs.toString());
        assertEquals("partial", qs.get(0).kind());
    }

    @Test
    void aReportedClauseOpeningWithAQuotationStartsAtItsMark() {
        Quote q = quotes("veritas", 0).stream().filter(x -> x.kind().equals("indirect")).findFirst().orElseThrow();
        assertTrue(q.text().startsWith("\"our country\" was being"), q.text());
        assertEquals(1, quotes("veritas", 0).size(), quotes("veritas", 0).toString());
    }
}
