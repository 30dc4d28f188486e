package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Speakers, cues and reported clauses found wrong by reading the misses of a sixth PolNeAR TRAIN sample and two more
 * BASIL dev events (2010 Blumenthal's service record, 2011 "In God We Trust"): each passage is the outlet's own
 * sentences.
 */
class OtherStorySpeakersRound7Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // BASIL 2010 (New York Times): a quotation of two sentences, the frame after the first
        write("continued.txt", "In 2003, he addressed a rally in Bridgeport, where about 100 military families gathered "
                + "to express support for American troops overseas. \u201CWhen we returned, we saw nothing like this,"
                + "\u201D Mr. Blumenthal said. \u201CLet us do better by this generation of men and women.\u201D\n");
        // BASIL 2011 (Fox News): the speaker's own "I think" / "I believe" inside the quotation, the frame after it
        write("own.txt", "Asked later in the day whether it was fair to invoke God in the debate over the Congressional "
                + "schedule, White House Press Secretary Jay Carney said, \"Yeah, I think it's a fair jab if I do say so "
                + "myself.\"\n\n"
                + "\"I believe that phrase from the Bible is 'the Lord helps those who help themselves.' And I think the "
                + "point the president is making is that, you know, we should -- we have it within our capacity to do "
                + "the things to help the American people. And that's why he's working so hard to get Congress to take "
                + "action on the American Jobs Act and the provisions therein,\" Carney told reporters at his daily "
                + "briefing.\n");
        // PolNeAR TRAIN (USA Today 2016, Washington Post 2015, Breitbart 2016): a second report with its own subject, joined
        // to the first report's clause as a conjunct, an adverbial clause of contrast or a clause after a semicolon
        write("second.txt", "About four out of 10 voters said life for the next generation would be worse than life "
                + "today, while nine in 10 said they thought the economy favors the wealthy.\n\n"
                + "Accurate or not, the constant sowing of doubt has had a cumulative effect: Some 20 percent of people "
                + "in a recent CNN/ORC poll said they believe Obama was born outside the country; 29 percent (and 43 "
                + "percent of Republicans) said they believe Obama is a Muslim despite Obama's profession of the "
                + "Christian faith.\n\n"
                + "Sims say he was \u201Ckind of riding the fence\u201D until Haley said she was backing the Florida "
                + "senator.\n");
        // PolNeAR TRAIN (New York Times 2016, USA Today 2016, Washington Post 2016): a noun of stance owned by a
        // pronoun, the object of a verb with a subject
        write("stance.txt", "Mr. Ryan said Mr. Trump's criticism of the judge, Gonzalo P. Curiel of United States "
                + "District Court, was ''the textbook definition of a racist comment.'' But Mr. Ryan reiterated his "
                + "support for Mr. Trump, the presumptive Republican presidential nominee.\n\n"
                + "Yet Clinton is at odds with AIPAC on President Obama's nuclear pact with Iran, which the group tried "
                + "to stop and which Trump has criticized. Clinton has tried to explain her support for the deal by "
                + "emphasizing her commitment to enforcement.\n\n"
                + "In New Hampshire, Rubio has railed against Christie, taking aim at his past support for Supreme "
                + "Court Justice Sonia Sotomayor. A pro-Rubio super PAC recently aired anti-Christie ads on TV.\n");
        // BASIL 2012 (HuffPost): a participle parsed as a discourse word of the clause it reports
        write("while.txt", "Obama, while saying he personally supports same-sex marriage, also said the issue should be "
                + "left to the states to decide.\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static void write(String name, String text) throws IOException {
        TestCorpora.write(dir, name, text);
    }

    private static List<Quote> quotes(String source, String words) {
        return TestCorpora.quotes(corpus, source, words);
    }

    private static Claim claim(String source, String words) {
        List<Claim> found = corpus.claims().stream()
                .filter(c -> c.source().startsWith(source) && c.text().contains(words)).toList();
        assertEquals(1, found.size(), () -> "one claim with " + words + ": " + found);
        return found.get(0);
    }

    /**
     * "“…,” Mr. Blumenthal said. “Let us do better by this generation of men and women.”": the second sentence of the
     * quotation is Blumenthal's (the quote row says so) but its claim had no cue; it takes the report's.
     */
    @Test
    void aQuotationGoingOnTakesItsReportsCue() {
        Claim c = claim("continued", "Let us do better");
        assertTrue(c.speaker() != null && c.speaker().contains("Blumenthal"), c.toString());
        assertEquals("said", c.cue(), c.toString());
    }

    /**
     * "Jay Carney said, “Yeah, I think it's a fair jab …”" and "“I believe that phrase … And I think the point …,” Carney
     * told reporters": "I think" and "I believe" are the speaker's own words inside the quotation; what attributes the
     * claim is the frame's verb.
     */
    @Test
    void theSpeakersOwnWordsAreNoCue() {
        Claim jab = claim("own", "fair jab");
        assertTrue(jab.speaker() != null && jab.speaker().contains("Carney"), jab.toString());
        assertEquals("said", jab.cue(), jab.toString());
        Claim bible = claim("own", "phrase from the Bible");
        assertTrue(bible.speaker() != null && bible.speaker().contains("Carney"), bible.toString());
        assertEquals("told", bible.cue(), bible.toString());
        assertFalse(quotes("own", "phrase from the Bible").isEmpty());
    }

    /**
     * "About four out of 10 voters said life … would be worse than life today, while nine in 10 said they thought …"
     * and "Some 20 percent of people … said they believe Obama was born outside the country; 29 percent … said they
     * believe Obama is a Muslim …": the parser hangs the second report on a word of the first one's clause, which
     * swallowed it. A reporting verb with a subject and a clause of its own, after "while" (contrast) or a
     * semicolon, is a report of its own; a clause of time is part of the first ("… until Haley said she was backing
     * the Florida senator").
     */
    @Test
    void aSecondReportWithItsOwnSubjectEndsTheFirst() {
        List<Quote> worse = quotes("second", "would be worse");
        assertEquals(1, worse.size(), worse.toString());
        assertFalse(worse.get(0).text().contains("nine in 10"), worse.get(0).text());
        List<Quote> wealthy = quotes("second", "economy favors the wealthy");
        assertEquals(1, wealthy.size(), wealthy.toString());
        assertEquals("nine in 10", wealthy.get(0).speaker());
        List<Quote> born = quotes("second", "born outside the country");
        assertEquals(1, born.size(), born.toString());
        assertFalse(born.get(0).text().contains("Muslim"), born.get(0).text());
        assertTrue(born.get(0).speaker().startsWith("Some 20 percent"), born.get(0).speaker());
        List<Quote> muslim = quotes("second", "is a Muslim");
        assertEquals(1, muslim.size(), muslim.toString());
        assertTrue(muslim.get(0).speaker().startsWith("29 percent"), muslim.get(0).speaker());
        List<Quote> fence = quotes("second", "riding the fence");
        assertTrue(fence.stream().anyMatch(q -> q.text().contains("until Haley said")), fence.toString());
    }

    /**
     * "But Mr. Ryan reiterated his support for Mr. Trump, …": the report is Ryan's, by "reiterated", of "his support for
     * Mr. Trump" (as PolNeAR marks it), not the pronoun's by the noun "support"; so "Clinton has tried to explain her
     * support for the deal …" and "Rubio …, taking aim at his past support for …" (the pronoun there is Christie's:
     * who reports is still the verb's subject).
     */
    @Test
    void aStanceOwnedByAPronounIsReportedByTheVerbsSubject() {
        List<Quote> ryan = quotes("stance", "support for Mr. Trump");
        assertEquals(1, ryan.size(), ryan.toString());
        assertTrue(ryan.get(0).text().startsWith("his support"), ryan.get(0).text());
        assertEquals("reiterated", ryan.get(0).cue());
        assertTrue(ryan.get(0).speaker().contains("Ryan"), ryan.get(0).speaker());
        List<Quote> deal = quotes("stance", "support for the deal");
        assertEquals(1, deal.size(), deal.toString());
        assertTrue(deal.get(0).speaker().contains("Clinton"), deal.get(0).speaker());
        assertTrue(deal.get(0).text().startsWith("her support"), deal.get(0).text());
        List<Quote> sotomayor = quotes("stance", "Sotomayor");
        assertEquals(1, sotomayor.size(), sotomayor.toString());
        assertTrue(sotomayor.get(0).speaker().contains("Rubio"), sotomayor.get(0).speaker());
    }

    /**
     * "Obama, while saying he personally supports same-sex marriage, also said …": the parser makes "saying" a
     * discourse word of "supports"; the report is Obama's, by "saying", of the whole clause (the object of
     * "supports" alone was reported before, by "supports").
     */
    @Test
    void aParticipleHungOnItsClauseReportsIt() {
        List<Quote> saying = quotes("while", "same-sex marriage");
        assertEquals(1, saying.size(), saying.toString());
        assertEquals("he personally supports same-sex marriage", saying.get(0).text());
        assertEquals("saying", saying.get(0).cue());
        assertEquals("Obama", saying.get(0).speaker().replace("Barack ", ""));
        assertEquals(1, quotes("while", "left to the states").size());
    }
}
