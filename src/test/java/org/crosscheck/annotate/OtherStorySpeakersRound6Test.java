package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Speakers and reported clauses found wrong by reading the misses of a fifth PolNeAR TRAIN sample and two more BASIL
 * dev events (2012 Boehner's "one in three", 2010 RNC chairman Steele): each passage is the outlet's own sentences.
 */
class OtherStorySpeakersRound6Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // PolNeAR TRAIN (Western Journalism 2015): the same verb of saying twice, the second joined to the first
        // report's clause by the parser
        write("again.txt", "Donald Trump unleashed a harsh attack on Ben Carson on Thursday night.\n\n"
                + "Trump also attacked Hillary Clinton and Marco Rubio during the course of the rant.\n\n"
                + "He said that Clinton is playing the \u201Cwomen\u2019s card big league\u201D and said that Rubio is "
                + "\u201Cweak like a baby.\u201D\n\n"
                + "Republican candidate Lindsey Graham said that Carson is a \u201Cgood, decent man,\u201D and said "
                + "that Trump \u201Cmelted down last night.\u201D\n");
        // PolNeAR TRAIN (Politico 2016, Washington Post 2015): another verb of saying joined to the first report
        write("noted.txt", "Dunwoody, who worked as a campaign staffer for Barack Obama in the 2008 primary and on into "
                + "the general election, said tensions among many activists in California were higher than at any "
                + "point he could remember during the similar end-of-the-primary period between Obama and Clinton. He "
                + "said that he personally was more focused on shaping the party platform and noted that Sanders "
                + "himself has acknowledged he won\u2019t be the Democratic nominee.\n\n"
                + "Appearing before cheering supporters Monday morning at NLD headquarters, Suu Kyi, 70, said it was too "
                + "early to congratulate winners but added, \"I think you all have an idea of the results.\"\n");
        // PolNeAR TRAIN (Breitbart 2016, New York Times 2016): a frame parsed as the clausal subject of what it reports
        write("csubj.txt", "Alabama Sen. Jeff Sessions, a prominent Trump supporter, said Clinton\u2019s acceptance of "
                + "donations from those seeking her assistance was akin to extortion.\n\n"
                + "Part of the problem in detecting tunnels, say experts like Paul Bauman, a Canadian geophysicist, is "
                + "the ground itself.\n");
        // PolNeAR TRAIN (Washington Post 2016, Western Journalism 2015): the reporter's comment closing a content
        write("comment.txt", "Sanders said that some middle-class families would pay \"slightly more\" in taxes, an "
                + "acknowledgment that advisers to Clinton quickly trumpeted on Twitter and elsewhere.\n\n"
                + "Trump also mocked Carson\u2019s story about attacking someone with a hunting knife, an event that "
                + "Carson says led him to Christ.\n");
        // BASIL 2010 (Fox News): "say" parsed as a discourse word, the speaker a phrase with an adjective
        write("close.txt", "But Steele has been unpredictable, especially over recent weeks, and some close to the GOP "
                + "chairman say he wants to run for another term and is struggling to find enough support for a second "
                + "term.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static void write(String name, String text) throws IOException {
        TestCorpora.write(dir, name, text);
    }

    private static List<Quote> quotes(String source, String words) {
        return TestCorpora.quotes(corpus, source, words);
    }

    /**
     * "He said that Clinton is playing the “women's card big league” and said that Rubio is “weak like a baby.”": the
     * parser joins the second "said" to "playing", so the first report swallowed the second and Rubio's weakness was
     * nobody's report. The second "said" is the same frame again: a report of its own, by the same speaker.
     */
    @Test
    void theSameVerbAgainIsASecondReport() {
        List<Quote> first = quotes("again", "women");
        assertEquals(1, first.size(), corpus.quotes().toString());
        assertFalse(first.get(0).text().contains("Rubio"), first.get(0).text());
        List<Quote> second = quotes("again", "weak like a baby");
        assertEquals(1, second.size(), corpus.quotes().toString());
        assertTrue(second.get(0).text().startsWith("that Rubio"), second.get(0).text());
        assertEquals("said", second.get(0).cue());
        assertEquals(first.get(0).speaker(), second.get(0).speaker());
        assertTrue(first.get(0).speaker().contains("Trump"), first.get(0).speaker());

        List<Quote> graham = quotes("again", "melted down");
        assertEquals(1, graham.size(), corpus.quotes().toString());
        assertTrue(graham.get(0).speaker().contains("Graham"), graham.get(0).speaker());
        assertFalse(quotes("again", "decent man").get(0).text().contains("melted"));
    }

    /**
     * "He said that he personally was more focused on shaping the party platform and noted that Sanders himself has
     * acknowledged …": "noted", joined by the parser to a word of the first report, is a second report of the same
     * speaker; "Suu Kyi, 70, said it was too early to congratulate winners but added, “…”": the report ends where the
     * verb joined to its frame begins.
     */
    @Test
    void anotherReportingVerbJoinedToTheFrameEndsTheReport() {
        List<Quote> platform = quotes("noted", "party platform");
        assertEquals(1, platform.size(), corpus.quotes().toString());
        assertFalse(platform.get(0).text().contains("noted"), platform.get(0).text());
        List<Quote> nominee = quotes("noted", "Democratic nominee");
        assertEquals(1, nominee.size(), corpus.quotes().toString());
        assertEquals("noted", nominee.get(0).cue());
        assertEquals(platform.get(0).speaker(), nominee.get(0).speaker());

        List<Quote> early = quotes("noted", "too early");
        assertEquals(1, early.size(), corpus.quotes().toString());
        assertTrue(early.get(0).text().endsWith("congratulate winners"), early.get(0).text());
        assertEquals("Suu Kyi", early.get(0).speaker());
    }

    /**
     * "some close to the GOP chairman say he wants to run …": the parser gives "say" no subject, and the words before
     * it were read back to "the GOP chairman", the object of "to"; the speaker is the phrase that object completes.
     */
    @Test
    void anAdjectivesPrepositionalObjectIsNotTheSpeaker() {
        List<Quote> qs = quotes("close", "wants to run");
        assertEquals(1, qs.size(), corpus.quotes().toString());
        assertEquals("some close to the GOP chairman", qs.get(0).speaker(), qs.get(0).why());
    }

    /**
     * "Alabama Sen. Jeff Sessions, a prominent Trump supporter, said Clinton's acceptance of donations … was akin to
     * extortion.": parsed with "Sessions said Clinton's acceptance …" as the clausal subject of "akin", it was no
     * report at all. An inverted frame between commas parsed the same way ("Part of the problem in detecting tunnels,
     * say experts like Paul Bauman, …, is the ground itself") does not make the fronted words a speaker.
     */
    @Test
    void aFrameParsedAsAClausalSubjectReportsItsPredicate() {
        List<Quote> qs = quotes("csubj", "akin to extortion");
        assertEquals(1, qs.size(), corpus.quotes().toString());
        assertEquals("Jeff Sessions", qs.get(0).speaker());
        assertTrue(qs.get(0).text().startsWith("Clinton"), qs.get(0).text());
        assertTrue(corpus.quotes().stream().filter(q -> q.source().startsWith("csubj"))
                .noneMatch(q -> q.speaker() != null && q.speaker().startsWith("Part of")), corpus.quotes().toString());
    }

    /**
     * "…, an acknowledgment that advisers to Clinton quickly trumpeted …", "…, an event that Carson says led him to
     * Christ": an indefinite noun phrase set off at the end of a reported clause is the reporter's comment on it, not
     * what was said.
     */
    @Test
    void aClosingCommentIsNotPartOfTheReport() {
        List<Quote> taxes = quotes("comment", "slightly more");
        assertEquals(1, taxes.size(), corpus.quotes().toString());
        assertTrue(taxes.get(0).text().endsWith("in taxes"), taxes.get(0).text());
        List<Quote> story = quotes("comment", "hunting knife");
        assertEquals(1, story.size(), corpus.quotes().toString());
        assertTrue(story.get(0).text().endsWith("hunting knife"), story.get(0).text());
    }
}
