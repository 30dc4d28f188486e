package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quotation after "His response:" is the words of the one who responds, not of the one who asked before it
 * (HuffPost on Donald Trump's interview with NBC's "Today" show, April 2011, BASIL dev).
 */
class AnswerBeforeColonTest {
    static Corpus interview;

    @TempDir
    static Path dir;

    static final String HPO = "Officials in Hawaii have certified that Obama was born in that state. But \"birthers\""
            + " have demanded additional proof, asserting he could have been born in Kenya. \"I'm not convinced that"
            + " he has one,\" Trump said of the birth certificate issue.\n\n"
            + "\"Today\" show host Meredith Vieira asked Trump, \"You've been privy to all of this to know this?\" His"
            + " response: \"Well, I have people that actually have been studying it and they cannot believe what"
            + " they're talking.\"\n\n"
            + "The remarks from the potential presidential candidate prompted Vieira to ask Trump if he had people on"
            + " the ground in Hawaii searching for proof of the president's citizenship.\n";

    @BeforeAll
    static void build() throws IOException {
        interview = TestCorpora.build(dir, "interview", Map.of("hpo.txt", HPO));
    }

    @Test
    void theAnswerAfterHisResponseIsTheAnswerersWords() {
        List<Quote> q = TestCorpora.quotes(interview, "hpo", "Well, I have people");
        assertEquals(1, q.size(), interview.quotes().toString());
        assertEquals("Trump", q.get(0).speaker(), q.get(0).toString());
        assertEquals("response", q.get(0).cue(), q.get(0).toString());
    }

    @Test
    void theQuestionStaysTheAskers() {
        List<Quote> q = TestCorpora.quotes(interview, "hpo", "privy to all of this");
        assertEquals(1, q.size(), interview.quotes().toString());
        assertEquals("Meredith Vieira", q.get(0).speaker(), q.get(0).toString());
    }
}
