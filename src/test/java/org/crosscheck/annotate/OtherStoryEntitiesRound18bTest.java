package org.crosscheck.annotate;

import static org.crosscheck.annotate.CorpusEntities.mentionAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Mention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entity rules of round 18b, on the passages they were found in: the BBC's reports of the Yukos auction (business
 * 314, 318 and 426) and Fox's report of Romney asking Todd Akin to quit (BASIL 2012_08bb9bee).
 */
class OtherStoryEntitiesRound18bTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    static final String BBC_318 = """
            Mystery surrounds new Yukos owner

            The fate of Russia's Yuganskneftegas - the oil firm sold to a little-known buyer on Sunday - is the \
            subject of frantic speculation in Moscow.

            Baikal Finance Group emerged as the auction winner, agreeing to pay 260.75bn roubles (£4.8bn; $9.4bn). \
            Russia's newspapers claimed that Baikal was a front for gas monopoly Gazprom, which had been expected to \
            win.

            Gazprom had been expected to win the auction but is thought to have failed to get finance for the deal \
            after a US court injunction barred it from taking part. Last week, Yukos filed for Chapter 11 bankruptcy \
            protection in the US in a last-ditch attempt to hang on to Yuganskneftegas, which accounts for 60% of its \
            output.
            """;

    static final String BBC_426 = """
            Minister hits out at Yukos sale

            Russia's renationalisation of its energy industry needs to be reversed, a senior government figure has \
            warned.

            On 28 December, another senior economic adviser called the sale "the swindle of the century". \
            Yuganskneftegaz, the unit which produced 60% of Yukos' output, had been seized and sold in December for \
            less than $10bn to a previously unknown firm called Baikal.
            """;

    static final String BBC_314 = """
            Yukos unit fetches $9bn at auction

            A little-known Russian company has bought the main production unit of oil giant Yukos at auction in \
            Moscow.

            Baikal Finance Group outbid favourite Gazprom, the state-controlled gas monopoly, to buy Yuganskneftegas. \
            Baikal paid 260.75bn roubles ($9.37bn: £4.8bn) for Yugansk - nowhere near the $27bn Russia says Yukos \
            owes in taxes.
            """;

    static final String FOX_AKIN = """
            Romney calls on Akin to quit Senate race

            Romney added his voice after five past and present Missouri Republican senators urged Akin to step aside.
            """;

    @BeforeAll
    static void build() throws IOException {
        corpus = TestCorpora.build(dir, "round18b", Map.of("bbc-business-314.txt", BBC_314,
                "bbc-business-318.txt", BBC_318, "bbc-business-426.txt", BBC_426, "2012_08bb9bee_fox.txt", FOX_AKIN));
    }

    @Test
    void aLongNameSpeltWithOneLetterChangedIsOneEntityAcrossPlaceAndOrganisation() {
        // NER: "Yuganskneftegas" a LOCATION (318), "Yuganskneftegaz" an ORGANIZATION (426); two rows before
        Mention s = mentionAt(corpus, "bbc-business-318", "The fate of Russia's", "Yuganskneftegas");
        Mention z = mentionAt(corpus, "bbc-business-426", "the unit which produced", "Yuganskneftegaz");
        assertEquals(s.entity(), z.entity());
        // the firm named in the same sentence as the unit stays apart
        assertNotEquals(s.entity(), mentionAt(corpus, "bbc-business-426", "previously unknown firm", "Baikal")
                .entity());
    }

    @Test
    void aNameAndItsNumberAreOneName() {
        // "Yukos filed for Chapter 11 bankruptcy protection" (318): a MISC "Chapter" and a NUMBER "11" before
        Mention m = mentionAt(corpus, "bbc-business-318", "filed for Chapter 11", "Chapter 11");
        assertEquals("MISC", m.type());
        assertFalse(corpus.mentions().stream().anyMatch(x -> x.text().equals("Chapter")));
        // a percentage stays a number of its own
        assertEquals("PERCENT", mentionAt(corpus, "bbc-business-318", "accounts for 60%", "60%").type());
    }

    @Test
    void anAdjectiveAloneIsNoDate() {
        // "five past and present Missouri Republican senators" (Fox): "past" a DATE before
        int sent = mentionAt(corpus, "2012_08bb9bee_fox", "past and present", "Missouri").sentence();
        assertFalse(corpus.mentions().stream().anyMatch(m -> m.source().equals("2012_08bb9bee_fox")
                && m.sentence() == sent && (m.text().equals("past") || m.text().equals("present"))),
                corpus.mentions().toString());
        // a date stays
        assertEquals("DATE", mentionAt(corpus, "bbc-business-426", "On 28 December", "28 December").type());
    }
}
