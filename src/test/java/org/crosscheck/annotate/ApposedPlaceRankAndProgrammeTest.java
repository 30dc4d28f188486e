package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * Four BBC reports of one row (politics 075, 154, 186 and 232: a London mayor's remark to a reporter), read by the
 * lead before any rule was written for them. Each passage is the outlet's own words.
 */
class ApposedPlaceRankAndProgrammeTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        TestCorpora.write(dir, "johnson.txt", "Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said he suspected "
                + "Labour was now trying to reassure Jewish voters \"because of this curious way in which Labour seems "
                + "to be trying to curry favour with disillusioned Muslim voters who may be disillusioned about the "
                + "war\".\n");
        TestCorpora.write(dir, "deputy.txt", "An investigation by the Standards Board is under way following "
                + "allegations that Ken Livingstone has brought his office into disrepute.\n\n"
                + "On Sunday, Deputy Mayor Nicky Gavron told the BBC's Politics Show she believed the Mayor of London "
                + "would say sorry on Tuesday for offending the wider Jewish community. The Prime Minister Tony Blair is "
                + "among those who have called for an apology but so far the mayor has refused.\n\n"
                + "The mayor accused Oliver Finegold, of the Evening Standard newspaper, of \"doorstepping\" him at a "
                + "\"predominately gay event\" held for MP Chris Smith.\n");
        TestCorpora.write(dir, "show.txt", "Labour's Mr Livingstone, who says he is \"standing by\" his remarks, had "
                + "accused an Evening Standard journalist of being like a \"concentration camp guard\". Mr Blair told "
                + "Five's Wright Stuff show: \"Let's just apologise and move on.\"\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static Quote one(String source, String words) {
        List<Quote> qs = TestCorpora.quotes(corpus, source, words);
        assertEquals(1, qs.size(), qs.toString());
        return qs.get(0);
    }

    /**
     * "Mr Johnson, MP for Henley-on-Thames, Oxfordshire, said …" (politics 075): the parser takes the place after the
     * apposition's "for" as the subject of "said". A subject that opens right after a preposition is none; the name
     * before the apposition speaks. Before, both the report and the quoted words were "Henley-on-Thames"'s.
     */
    @Test
    void thePlaceOfAnAppositionDoesNotSpeak() {
        Quote q = one("johnson", "he suspected");
        assertEquals("Johnson", q.speaker(), q.why());
        assertEquals("Johnson", one("johnson", "curious way").speaker());
    }

    /**
     * "The mayor accused Oliver Finegold …" after "Deputy Mayor Nicky Gavron" (politics 232): a deputy mayor is not the
     * mayor. Before, the last person whose title held "mayor" made the accusation.
     */
    @Test
    void aDeputyIsNotTheOfficeHolder() {
        Quote q = one("deputy", "Oliver Finegold");
        assertEquals("accused", q.cue());
        assertEquals(false, "Nicky Gavron".equals(q.speaker()), q.why());
    }

    /**
     * "Mr Blair told Five's Wright Stuff show: “…”" (politics 186), and "told the BBC's Politics Show" (232): a
     * programme named after "told" is where the words were said. Before, no channel.
     */
    @Test
    void aNamedProgrammeIsTheChannel() {
        assertEquals("Five's Wright Stuff show", one("show", "move on").channel());
        assertEquals("BBC's Politics Show", one("deputy", "would say sorry").channel());
    }

    /**
     * "Labour's Mr Livingstone, who says he is “standing by” his remarks, had accused …" (politics 154 and 186): the
     * report in the relative clause ends at the comma where the main clause's verb takes up again. Before, its
     * content ran on to "… like a “concentration camp guard”".
     */
    @Test
    void aReportInARelativeClauseEndsWithIt() {
        Quote q = one("show", "standing by");
        assertEquals("he is \"standing by\" his remarks", q.text());
        assertEquals("Ken Livingstone", q.speaker());
    }

    /**
     * "The Prime Minister Tony Blair is among those who have called for an apology" (politics 232): the person said to
     * be among the people a "who" clause is about is one of its speakers. Before, the speaker was the word "who".
     */
    @Test
    void oneAmongThoseWhoCalled() {
        Quote q = one("deputy", "an apology");
        assertEquals("Tony Blair", q.speaker(), q.why());
    }
}
