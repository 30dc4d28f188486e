package org.crosscheck.annotate;

import static org.crosscheck.annotate.TestCorpora.split;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quote and claim rows found wrong by reading two BASIL dev events by hand (2011_005a2961, Trump sends investigators
 * to Hawaii; 2014_33521e65, Rep. Grimm's expected indictment): each passage is the outlet's own sentences.
 */
class QuotesClaimsRound9Test {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        corpus = TestCorpora.build(dir, "round9", Map.of(
                // Fox News and HuffPost, 2011: the sentence splitter ends a sentence inside the quotation
                "fox.txt", "WASHINGTON -- Real estate tycoon Donald Trump said Thursday he has doubts about whether "
                        + "President Obama was born in the United States and has sent investigators to Hawaii looking "
                        + "for answers.\n\n"
                        + "\"I'm only interested in Libya if we get the oil,\" Trump said. He said Obama \"doesn't "
                        + "have a doctrine (on foreign affairs.) Foreign affairs is, we take care of ourselves first.\"\n",
                // HuffPost, 2014: the parser makes the subject all that was reported
                "hpo.txt", "Rep. Michael Grimm (R-N.Y.) is expected to be indicted, Grimm's lawyer said Friday.\n\n"
                        + "The New York Times reported the charges against Grimm \"will include mail fraud and wire "
                        + "fraud and focus on his conduct in connection with a health food restaurant he owned on the "
                        + "Upper East Side of Manhattan after he left the Federal Bureau of Investigation in 2006,\" "
                        + "citing someone familiar with the case.\n",
                // the New York Times, 2014: a number heads the subject of a closing frame
                "nyt.txt", "The charges against Mr. Grimm, 44, a Republican who was first elected in 2010, were "
                        + "expected to include mail fraud and wire fraud, and to focus largely on his conduct in "
                        + "connection with a health food restaurant he owned, two of the people said.\n\n"
                        + "A lawyer for Mr. Grimm, William McGinley of Patton Boggs, confirmed in a statement that "
                        + "prosecutors intended to file criminal charges against his client and said that Mr. Grimm "
                        + "\u201Casserts his innocence\u201D and that the investigation was \u201Ca politically driven "
                        + "vendetta.\u201D\n"));
    }

    @Test
    void aProgrammesNameInQuotationMarksIsPartOfTheFrame() {
        // Fox: the frame "Trump told NBC's “Today” show on Thursday" was left in the claim's content, with no cue
        List<Clauses.Clause> c = split("\"I have people that actually have been studying it and they cannot believe "
                + "what they're finding,\" Trump told NBC's \"Today\" show on Thursday.");
        assertEquals(1, c.size(), c.toString());
        assertEquals("I have people that actually have been studying it and they cannot believe what they're finding",
                c.get(0).content());
        assertEquals("told", c.get(0).cue());
        // the frame's own "told “Today.”" as before
        List<Clauses.Clause> today = split("\"And to be honest with you, I hope he can,\" he told \"Today.\"");
        assertEquals("And to be honest with you I hope he can", today.get(0).content());
    }

    @Test
    void aQuotationTheParserHungOnTheVerbIsWhatItReports() {
        // Fox: "and said, “Let me be clear to you.”" was read into the first clause's content, and the second
        // clause, "leaned into him", carried Grimm and "said"
        List<Clauses.Clause> c = split("After reporter Michael Scotto finished his report, Grimm stormed back, leaned "
                + "into him and said, \"Let me be clear to you.");
        assertEquals(3, c.size(), c.toString());
        assertEquals("After reporter Michael Scotto finished his report Grimm stormed back", c.get(0).content());
        assertEquals("Grimm leaned into him", c.get(1).content());
        assertNull(c.get(1).cue());
        assertEquals("Let me be clear to you", c.get(2).content());
        assertEquals("said", c.get(2).cue());
    }

    @Test
    void aWhenClauseOpeningTheComplementIsNoQuestion() {
        // Fox: "said when he started …" was read as an open question, and the whole sentence made one claim with no cue
        List<Clauses.Clause> c = split("Trump said when he started seriously considering a presidential bid a few "
                + "weeks back, he thought the president was native-born, but now he's not so sure.");
        assertEquals(2, c.size(), c.toString());
        assertTrue(c.get(0).content().startsWith("the president was native"), c.toString());
        assertEquals("thought", c.get(0).cue());
        assertEquals("now he's not so sure", c.get(1).content());
        // a "when" that opens the complement itself still asks
        List<Clauses.Clause> asked = split("He declined to say when he would decide whether to run.");
        assertEquals(1, asked.size(), asked.toString());
        assertNull(asked.get(0).cue());
    }

    @Test
    void aBareIsBeforeACommaTakesTheClauseAfterIt() {
        // Fox and HuffPost: "Foreign affairs is" was a claim of its own
        List<Clauses.Clause> c = split("Foreign affairs is, we take care of ourselves first.");
        assertEquals(1, c.size(), c.toString());
        assertEquals("Foreign affairs is, we take care of ourselves first", c.get(0).content());
        // a copula with a complement of its own stays apart from a clause set off after it
        assertEquals(2, split("The decision is final, the judge said, and we will appeal it.").size());
    }

    @Test
    void aParenthesisLeftOpenIsClosed() {
        List<Clauses.Clause> c = split("He said Obama \"doesn't have a doctrine (on foreign affairs.)");
        assertEquals("Obama doesn't have a doctrine (on foreign affairs)", c.get(0).content());
    }

    @Test
    void aDatelineIsNoPartOfTheFirstClaim() {
        Claim first = corpus.claims().stream().filter(c -> c.source().startsWith("fox") && c.sentence() == 0)
                .findFirst().orElseThrow();
        assertTrue(first.text().startsWith("Real estate tycoon Donald Trump said"), first.text());
        assertTrue(first.readable().startsWith("Real estate tycoon"), first.readable());
    }

    @Test
    void aReportCutInsideItsQuotationIsOneRow() {
        // Fox: the reported clause stopped at "(on foreign affairs" (the sentence ends inside the marks), and the
        // quotation was a second, partial row
        List<Quote> fox = TestCorpora.quotes(corpus, "fox", "doctrine");
        assertEquals(1, fox.size(), fox.toString());
        assertEquals("indirect", fox.get(0).kind());
        assertTrue(fox.get(0).text().startsWith("Obama \"doesn't have a doctrine")
                && fox.get(0).text().endsWith("we take care of ourselves first.\""), fox.get(0).text());
        // HuffPost: "the charges against Grimm" was all the Times reported, the quotation a row of its own
        List<Quote> hpo = TestCorpora.quotes(corpus, "hpo", "mail fraud");
        assertEquals(1, hpo.size(), hpo.toString());
        assertTrue(hpo.get(0).text().startsWith("the charges against Grimm \"will include mail fraud"),
                hpo.get(0).text());
        assertEquals("reported", hpo.get(0).cue());
    }

    @Test
    void aNumberHeadingAClosingFrameNamesNobody() {
        // the NYT: ", two of the people said." was left in the content; with the frame read, "two" is no speaker
        Claim c = corpus.claims().stream().filter(x -> x.source().startsWith("nyt")).findFirst().orElseThrow();
        assertEquals("said", c.cue());
        assertNull(c.speaker(), c.toString());
        assertFalse(c.content().contains("two of the people"), c.content());
    }

    @Test
    void aNameTheParserHungOnTheTitlesPersonSpeaksForTheTitle() {
        // the NYT: "A lawyer for Mr. Grimm, William McGinley of Patton Boggs, confirmed …" (the parser makes McGinley
        // an apposition of Grimm): the three claims had no speaker
        List<Claim> lawyer = corpus.claims().stream().filter(x -> x.source().startsWith("nyt") && x.sentence() == 1)
                .toList();
        assertEquals(3, lawyer.size(), lawyer.toString());
        for (Claim c : lawyer) {
            assertEquals("William McGinley", c.speaker(), c.toString());
        }
        assertEquals("William McGinley \u2026 said that Mr. Grimm \"asserts his innocence\"", lawyer.get(1).readable());
    }
}
