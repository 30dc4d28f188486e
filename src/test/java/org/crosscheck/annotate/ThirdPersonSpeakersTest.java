package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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
 * Who cannot be the speaker: the person a quotation speaks of in the third person, and a thing a "they" follows; and
 * the paragraphs of one quotation run together. Found on BBC reports of Malcolm Glazer's bid for Manchester United
 * (2005); each passage is the outlet's.
 */
class ThirdPersonSpeakersTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        // BBC business/209: the source's own quotation marks are unbalanced (a mark before "He" and none after "debt.")
        TestCorpora.write(dir, "offer.txt", "Mixed reaction to Man Utd offer\n\nShares in Manchester United were up "
                + "over 5% by noon on Monday following a new offer from Malcolm Glazer.\n\nA spokesman for the "
                + "supporters club said: \"I can't see any difference (compared to Mr Glazer's previous proposals) "
                + "other than \u00a3200m less debt. \"He isn't bringing any money into the club; he'll use our money to "
                + "buy it.\"\n");
        // BBC business/242
        TestCorpora.write(dir, "debt.txt", "Q&A: Malcolm Glazer and Man Utd\n\nMr Glazer's previous bid was heavily "
                + "reliant on borrowing. That would have left the club with debt levels which were deemed \"not... in "
                + "the best interests of the company\" by Manchester United's board when they rejected his approach "
                + "last year.\n");
        // BBC sport/124: the quotation's paragraphs were run into one; each still opens with a mark, only the last
        // one closes
        TestCorpora.write(dir, "defender.txt", "Ferdinand casts doubt over Glazer\n\n\"No one knows what this guy "
                + "will be bringing to the table,\" said Rio Ferdinand. The central defender added on BBC Radio Five "
                + "Live: \"We will have to wait and see what Glazer comes with. \"I would like to see the situation "
                + "resolved either way. \"I think people are getting bored with him coming in and out of the news with "
                + "new proposals. \"The other stuff off the pitch takes the shine off what is going on the pitch.\"\n");
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    /**
     * "… added on BBC Radio Five Live: “We will have to wait and see what Glazer comes with. “I would like to see the
     * situation resolved either way. “I think people are getting bored …. “The other stuff … on the pitch.”": a mark
     * that opens while a quotation is open starts its next paragraph. Each piece is a direct quotation of the
     * defender's; before, a mark that opened moved the quotation's start, so only the last piece was quoted and "I
     * think people are getting bored …" was a report whose speaker was "I".
     */
    @Test
    void theParagraphsOfOneQuotationRunTogetherAreAllQuoted() {
        for (String piece : List.of("We will have to wait and see what Glazer comes with.",
                "I would like to see the situation resolved either way.",
                "I think people are getting bored with him coming in and out of the news with new proposals.",
                "The other stuff off the pitch takes the shine off what is going on the pitch.")) {
            List<Quote> q = corpus.quotes().stream().filter(x -> x.source().startsWith("defender")
                    && x.text().equals(piece)).toList();
            assertEquals(1, q.size(), piece + " in " + corpus.quotes());
            assertEquals("direct", q.get(0).kind(), q.get(0).toString());
            assertEquals("The central defender", q.get(0).speaker(), q.get(0).toString());
        }
        assertFalse(corpus.quotes().stream().anyMatch(x -> "I".equals(x.speaker())), corpus.quotes().toString());
    }

    /**
     * "“He isn't bringing any money into the club; he'll use our money to buy it.”": a quotation in the first person
     * after a sentence that names Glazer, but "He" in it is Glazer, so the words are not his. The rule that gives a
     * first-person quotation to the person of the sentence before does not give it to the person it speaks of.
     */
    @Test
    void aQuotationThatSpeaksOfThePersonIsNotTheirs() {
        List<Quote> q = TestCorpora.quotes(corpus, "offer", "He isn't bringing any money");
        assertEquals(1, q.size(), corpus.quotes().toString());
        assertNotEquals("Malcolm Glazer", q.get(0).speaker(), q.get(0).toString());
    }

    /**
     * "… left the club with debt levels which were deemed … by Manchester United's board when they rejected his
     * approach": "they" is not the debt levels (the plural noun before it, a thing, was taken with its preposition:
     * "with debt levels").
     */
    @Test
    void theyIsNoThing() {
        Quote q = TestCorpora.quoteByCue(corpus, corpus.quotes().stream().filter(x -> x.source().startsWith("debt"))
                .findFirst().orElseThrow().source(), "rejected");
        assertFalse(q.speaker() != null && q.speaker().contains("levels"), q.toString());
    }
}
