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
 * Speakers, cues and reported clauses found wrong by reading the misses of an eighth PolNeAR TRAIN sample: each
 * passage is the outlet's own sentence.
 */
class OtherStorySpeakersRound9Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // PolNeAR TRAIN (Breitbart 2016, Washington Post 2016): a participle of a verb whose object is what is
        // attributed, after a comma, closing a reported clause or hanging on the object
        TestCorpora.write(dir, "calling.txt", "On his tax returns, he says he would release his information for 2014 on "
                + "Friday, calling them \u201Cvery boring tax returns\u201D because \u201CI remain one of the poor members "
                + "of the United States Senate.\u201D\n\n"
                + "In 1992, Bill Clinton challenged those conventions, advocating for a North American Free Trade "
                + "Agreement in union halls in states such as Michigan and eventually steering the agreement through "
                + "Congress.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static List<Quote> quotes(String source, String words) {
        return TestCorpora.quotes(corpus, source, words);
    }

    /**
     * "he says he would release his information for 2014 on Friday, calling them “very boring tax returns” …": what he
     * says ends at the comma; the participle is a report of its own (PolNeAR: "he" / "calling" / "them …"), which the
     * reported clause swallowed before, so that the pair of "says" went to "calling"'s relation.
     */
    @Test
    void aParticipleOfCallingClosesTheReportedClause() {
        List<Quote> says = corpus.quotes().stream()
                .filter(q -> q.source().startsWith("calling") && "says".equals(q.cue())).toList();
        assertEquals(1, says.size(), corpus.quotes().toString());
        assertEquals("he would release his information for 2014 on Friday", says.get(0).text());
        assertEquals("he", says.get(0).speaker());
        assertTrue(corpus.quotes().stream().anyMatch(q -> q.source().startsWith("calling") && "calling".equals(q.cue())),
                corpus.quotes().toString());
        assertTrue(quotes("calling", "calling them").isEmpty(), corpus.quotes().toString());
    }

    /**
     * "Bill Clinton challenged those conventions, advocating for a North American Free Trade Agreement …": the
     * participle after the comma hangs on "conventions" in the parse, but who advocates is the subject of the verb
     * above (was "those conventions", the rule for "super PACs backing Mr. Cruz", where no comma sets it off).
     */
    @Test
    void aParticipleAfterACommaOnTheObjectHasTheVerbsSubject() {
        Quote nafta = TestCorpora.quoteByCue(corpus, "calling", "advocating for");
        assertTrue(nafta.speaker().contains("Bill Clinton"), nafta.speaker());
        assertTrue(nafta.text().startsWith("a North American Free Trade Agreement"), nafta.text());
        Quote challenged = TestCorpora.quoteByCue(corpus, "calling", "challenged");
        assertEquals("those conventions", challenged.text());
    }
}
