package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quote and claim rows found wrong on four BBC politics reports of one story (075, 154, 186, 232: the London mayor's
 * remark to a reporter): each sentence is the report's own.
 */
class OtherStoryQuotesRound16bTest {

    /** The sentence's claims: content, cue, the word that heads the speaker ("" when none). */
    private static List<String[]> split(String sentence) {
        Doc d = TestCorpora.analyse(sentence);
        assertEquals(1, d.sents.size(), "one sentence: " + sentence);
        return Clauses.split(d, d.sents.get(0)).stream().map(c -> new String[] {c.content(),
                c.cue() == null ? "" : c.cue(), c.speakerHead() < 0 ? "" : d.toks.get(c.speakerHead()).word}).toList();
    }

    @Test
    void aFrameTheParserHungInsideANounPhraseIsAClauseOfItsOwn() {
        // BBC 154: "said" a conjunct of "suspended" under "power"; the narrator's clause and the quotation were one
        // claim, with the quotation's numbers and speaker
        List<String[]> clauses = split("It has the power to suspended or bar him from office but Mr Livingstone "
                + "said: \"There must have been 20 instances like this over the last 24 years.\"");
        assertEquals(2, clauses.size(), clauses.stream().map(c -> String.join(" | ", c)).toList().toString());
        assertEquals("It has the power to suspended or bar him from office", clauses.get(0)[0]);
        assertEquals("", clauses.get(0)[1]);
        assertEquals("", clauses.get(0)[2]);
        assertTrue(clauses.get(1)[0].startsWith("There must have been 20 instances"), clauses.get(1)[0]);
        assertEquals("said", clauses.get(1)[1]);
        assertEquals("Livingstone", clauses.get(1)[2]);
    }

    @Test
    void aVerbUrgedOrDeniedInsideAnotherReportIsNoReportOfItsOwn(@TempDir Path dir) throws IOException {
        // BBC 075: "should … not apologise for" made a report of its own, Ken Livingstone's, whose content ran on into
        // the frame ("his "Nazi" comment to a Jewish reporter, Tory MP Boris Johnson")
        Corpus corpus = TestCorpora.build(dir, "ken", Map.of("075.txt", "Boris opposes mayor apology\n\n"
                + "Ken Livingstone should \"stick to his guns\" and not apologise for his \"Nazi\" comment to a Jewish "
                + "reporter, Tory MP Boris Johnson has insisted.\n"));
        List<Quote> rows = TestCorpora.quotes(corpus, "075", "");
        assertTrue(rows.stream().noneMatch(q -> "apologise for".equals(q.cue())), rows.toString());
        Quote q = TestCorpora.quotes(corpus, "075", "Ken Livingstone should").get(0);
        assertEquals("insisted", q.cue(), q.toString());
        assertEquals("Boris Johnson", q.speaker(), q.toString());
    }

    @Test
    void aClosingFrameAfterAReportWithQuotedWordsInIt() {
        // BBC 075: the quoted words kept the closing frame from being read; the first claim ended "… has insisted",
        // the second ran on into "…, Tory MP Boris Johnson", and neither had a speaker or a cue
        List<String[]> clauses = split("Ken Livingstone should \"stick to his guns\" and not apologise for his "
                + "\"Nazi\" comment to a Jewish reporter, Tory MP Boris Johnson has insisted.");
        assertEquals(2, clauses.size(), clauses.stream().map(c -> String.join(" | ", c)).toList().toString());
        assertEquals("Ken Livingstone should stick to his guns", clauses.get(0)[0]);
        assertEquals("Ken Livingstone not apologise for his \"Nazi\" comment to a Jewish reporter", clauses.get(1)[0]);
        for (String[] c : clauses) {
            assertEquals("insisted", c[1]);
            assertEquals("Johnson", c[2]);
        }
    }
}
