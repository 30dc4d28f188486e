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
 * Speakers, cues and reported clauses found wrong by reading the misses of a seventh PolNeAR TRAIN sample and a BASIL
 * dev event (2012, the vice-presidential debate): each passage is the outlet's own sentences.
 */
class OtherStorySpeakersRound8Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // PolNeAR TRAIN (Politico 2016, West Journal 2016, HuffPost 2016): "according to" after a conjunction, set off
        // inside its clause, after a colon
        write("according.txt", "But, according to the poll, 46 percent of Republican voters \u2014 and 31 percent of "
                + "voters overall \u2014 remain undecided, so late movement could propel one of the GOP candidates "
                + "closer to the top two slots.\n\n"
                + "The implication, according to the Sanders aide, is that Clinton cheated by meeting with her staff "
                + "during the break.\n\n"
                + "And it hasn\u2019t gone unnoticed: According to recent polls, Trump holds only 14 percent of the "
                + "Latino vote compared to Hillary Clinton\u2019s 76 percent.\n");
        // PolNeAR TRAIN (HuffPost 2016, New York Times 2016, Washington Post 2015): "For X, …" naming people, and not
        write("for.txt", "For most Democrats today, the Clinton years remain the good old days.\n\n"
                + "For other students of the genre, though, it's a step too far in favor of the 1 percent.\n\n"
                + "For all the candidates, all the debates and all the unpredictability, the race for the Republican "
                + "presidential nomination in 2016 has taken a clear shape over the past month or so.\n");
        // PolNeAR TRAIN (Breitbart 2016): "made clear"
        write("clear.txt", "And on Capitol Hill, where Ryan has managed to remain popular since taking over as speaker "
                + "in the fall, some Republicans made clear that they would like to see him come around to supporting "
                + "Trump sooner rather than later.\n\n"
                + "However, officials with the Democratic Congressional Campaign Committee made clear Monday they have "
                + "no plans to spend money to save her.\n");
        // PolNeAR TRAIN (HuffPost 2016, Breitbart 2016): rulings and orders, what is taken up
        write("ruled.txt", "Sen. Ted Cruz of Texas got a favorable decision from the Illinois Board of Elections, "
                + "which ruled that he met the citizenship criteria to appear on the state\u2019s primary ballot.\n\n"
                + "Adopting the recommendations of a hearing officer who considered the matter last week, the board of "
                + "elections on Monday rejected both objections, ruled Cruz eligible and ordered that his name be "
                + "certified for the election.\n\n"
                + "Wednesday on Fox News Channel\u2019s \u201CFox & Friends,\u201D Rep. Michael McCaul (R-TX) discussed "
                + "legislation he was introducing which would revoke the security clearance for those demonstrating "
                + "\u201Cextreme carelessness\u201D with classified information.\n");
        // BASIL 2012 (Fox News, New York Times): a colon closing the speaker's clause; the object of "prompted"
        write("debate.txt", "Vice President Joe Biden went on offense against Rep. Paul Ryan.\n\n"
                + "\"This is becoming more troubling by the day,\" Ryan said. Ryan was referring to a claim by an Obama "
                + "aide earlier Thursday that the only reason the attack had entered the political debate was because "
                + "of Romney's criticism - a claim Romney rejected.\n\n"
                + "Biden was quick to retort: \"With all due respect, that's just a bunch of malarkey. ... Not a single "
                + "thing he said is accurate.\"\n\n"
                + "On Medicare, Biden charged that the Republican ticket's plan would raise costs for future seniors "
                + "with a de facto \"voucher\" system. \"Their ideas are old and their ideas are bad and they eliminate "
                + "the guarantee of Medicare,\" he said.\n\n"
                + "Ryan shot back: \"They got caught with their hand in the cookie jar turning Medicare into a piggy "
                + "bank for ObamaCare.\"\n\n"
                + "Mr. Ryan made a point of praising Mr. Romney. It wasn't the best example to use, because it prompted "
                + "Mr. Biden to describe his own tragedy, when his wife and young daughter were killed in a car crash.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static void write(String name, String text) throws IOException {
        TestCorpora.write(dir, name, text);
    }

    private static List<Quote> quotes(String source, String words) {
        return TestCorpora.quotes(corpus, source, words);
    }

    private static Quote only(String source, String words) {
        List<Quote> qs = quotes(source, words);
        assertEquals(1, qs.size(), () -> words + ": " + corpus.quotes());
        return qs.get(0);
    }

    /**
     * "But, according to the poll, 46 percent …": a conjunction before the phrase does not make the words before it
     * the content (there were none, so nothing was reported); "The implication, according to the Sanders aide, is
     * that …" is one report in two pieces around the phrase; after a colon, the clause the phrase opens is reported.
     */
    @Test
    void accordingToReportsTheClauseItStandsIn() {
        Quote poll = only("according", "46 percent of Republican voters");
        assertEquals("according to", poll.cue());
        assertEquals("the poll", poll.speaker());
        assertTrue(poll.text().startsWith("46 percent"), poll.text());
        // one row since quotes round 17: the two pieces around "according to …" are one report, without the frame
        Quote implication = only("according", "The implication is that Clinton cheated");
        assertEquals("according to", implication.cue());
        Quote polls = only("according", "Trump holds");
        assertEquals("recent polls", polls.speaker());
        assertTrue(polls.text().startsWith("Trump holds"), polls.text());
        assertTrue(quotes("according", "unnoticed").isEmpty(), corpus.quotes().toString());
    }

    /** "For most Democrats today, …": the people a fronted "for" names hold the view; "For all the …" names none. */
    @Test
    void aFrontedForNamesWhoHoldsTheView() {
        Quote democrats = only("for", "the Clinton years");
        assertEquals("for", democrats.cue());
        assertTrue(democrats.speaker().contains("Democrats"), democrats.speaker());
        assertEquals("the Clinton years remain the good old days", democrats.text());
        Quote students = only("for", "a step too far");
        assertTrue(students.speaker().contains("students"), students.speaker());
        assertTrue(students.text().startsWith("it's a step"), students.text());
        assertTrue(quotes("for", "clear shape").isEmpty(), corpus.quotes().toString());
    }

    /** "made clear that …", "made clear Monday they have …": the subject states the clause; the cue is "made clear". */
    @Test
    void madeClearReportsItsClause() {
        Quote republicans = only("clear", "come around");
        assertEquals("made clear", republicans.cue());
        assertEquals("some Republicans", republicans.speaker());
        Quote dccc = only("clear", "no plans to spend money");
        assertEquals("made clear", dccc.cue());
        assertTrue(dccc.speaker().startsWith("officials with"), dccc.speaker());
        assertTrue(dccc.text().startsWith("they have"), dccc.text());
    }

    /**
     * "which ruled that he met …", "ordered that his name be certified …", "discussed legislation he was introducing".
     * (Who "which" stands for here is still wrong: the noun before the comma, "decision", not the board.)
     */
    @Test
    void rulingsOrdersAndWhatIsTakenUpAreReports() {
        Quote ruled = only("ruled", "met the citizenship criteria");
        assertEquals("ruled", ruled.cue());
        Quote ordered = only("ruled", "his name be certified");
        assertEquals("ordered", ordered.cue());
        assertTrue(ordered.speaker().contains("board of elections"), ordered.speaker());
        // the object without its relative clause (PolNeAR's content runs on: "legislation he was introducing")
        Quote discussed = TestCorpora.quoteByCue(corpus, "ruled", "discussed");
        assertTrue(discussed.text().startsWith("legislation"), discussed.text());
        assertTrue(discussed.speaker().contains("McCaul"), discussed.speaker());
    }

    /**
     * "Ryan shot back: “They got caught …”" and "Biden was quick to retort: “With all due respect …”": no verb of saying
     * frames the quotation, and it went to the speaker of a sentence before (Biden, Ryan); a colon that closes a clause
     * of the quotation's own sentence gives it that clause's subject.
     */
    @Test
    void aColonClosingTheSpeakersClauseFramesTheQuotation() {
        Quote jar = only("debate", "cookie jar");
        assertTrue(jar.speaker().contains("Ryan"), jar.speaker());
        // since speakers round 12 "shot back" frames a quotation next to it as a verb of saying; the colon is
        // punctuation the evaluation trims from a cue either way
        assertEquals("shot back", jar.cue().replaceFirst(":$", ""));
        Quote malarkey = only("debate", "bunch of malarkey");
        assertTrue(malarkey.speaker().contains("Biden"), malarkey.speaker());
        assertEquals("quick to retort:", malarkey.cue());
        Quote ideas = only("debate", "Their ideas are old");
        assertTrue(ideas.speaker().contains("Biden"), ideas.speaker());
    }

    /** "it prompted Mr. Biden to describe his own tragedy": who describes is the object of "prompted", not "it". */
    @Test
    void theObjectOfAVerbOfCausingDoesWhatTheInfinitiveSays() {
        Quote tragedy = only("debate", "his own tragedy");
        assertEquals("describe", tragedy.cue());
        assertTrue(tragedy.speaker().contains("Biden"), tragedy.speaker());
    }
}
