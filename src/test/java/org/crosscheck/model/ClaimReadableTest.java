package org.crosscheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** How {@link Claim#readable()} decides, on sentences from BASIL 2011_576116e5 and 2011_2058ec60. */
class ClaimReadableTest {
    /** The regular expression {@code containsWord} replaced (compiled once per call). */
    private static boolean byPattern(String s, String word) {
        return Pattern.compile("(?i)(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])").matcher(s).find();
    }

    @Test
    void aWordOfItsOwnIsFoundAsTheRegularExpressionFoundIt() {
        List<String[]> cases = List.of(
                new String[] {"that our bedrock principles are upheld,\" Burton said.", "said"},
                new String[] {"he did not believe the episode merited a resignation", "believe"},
                new String[] {"that \"they do not make their decisions in a vacuum.\"", "responded"},
                new String[] {"the unsaid part", "said"},
                new String[] {"SAID so", "said"},
                new String[] {"said", "said"},
                new String[] {"said-so", "said"},
                new String[] {"saids", "said"},
                new String[] {"n\u00e9 said", "said"},
                new String[] {"r\u00e9sum\u00e9 said", "R\u00e9sum\u00e9"},
                new String[] {"R\u00c9SUM\u00c9", "r\u00e9sum\u00e9"},
                new String[] {"\u00e9said", "said"},
                new String[] {"made clear that", "made clear"},
                new String[] {"", "said"});
        for (String[] c : cases) {
            assertEquals(byPattern(c[0], c[1]), Claim.containsWord(c[0], c[1]), c[0] + " / " + c[1]);
        }
        assertTrue(Claim.containsWord("SAID so", "said"));
        assertFalse(Claim.containsWord("the unsaid part", "said"));
    }

    @Test
    void aSpanOpeningInsideAQuotationIsTheSpeakersOwnWords() {
        // HuffPost: "Rand said in a statement, "It has long been AARP's policy that … and that it is sufficiently
        // financed …"": the second "that" is the policy's, inside Rand's quotation
        String rand = "that it is sufficiently financed to ensure solvency with a stable trust fund for the next 75 "
                + "years.\"";
        assertTrue(Claim.opensInsideQuotation(rand));
        assertTrue(Claim.opensInsideQuotation("that they were separate,\u201d he said."));
        // the NYT: "Mr. Sellers responded that … but that “they do not make …”": the "that" is the reporter's
        assertFalse(Claim.opensInsideQuotation("that \"they do not make their decisions in a vacuum.\""));
        assertFalse(Claim.opensInsideQuotation("that \u201cthey do not make their decisions in a vacuum.\u201d"));
        assertFalse(Claim.opensInsideQuotation("that the two issues were separate."));
        Claim c = new Claim("c", "hpo", rand, 0, rand.length(), 0, "g", List.of(), "A. Barry Rand", List.of(),
                List.of(), "it", "said", "it is sufficiently financed to ensure solvency with a stable trust fund for "
                + "the next 75 years", "finance");
        // shown as the quotation it is (its opening mark stands before the span), not as Rand's report
        assertEquals("\"" + rand, c.readable());
        String sellers = "that \"they do not make their decisions in a vacuum.\"";
        Claim s = new Claim("s", "nyt", sellers, 0, sellers.length(), 0, "g", List.of(), "Joseph M. Sellers",
                List.of(), List.of(), "they", "responded", "they do not make their decisions in a vacuum", "make");
        assertEquals("Joseph M. Sellers \u2026 responded " + sellers, s.readable());
    }

    @Test
    void aSecondVerbAfterAnAsideShowsWhoReports() {
        // seed 000: "NIS said it monitored North Korean military movements and, on Oct. 18, reported that in early
        // October, it had observed ships …": the second report's span opens with a dated aside, not with its verb
        String nis = "on Oct. 18, reported that in early October, it had observed ships transporting 1,500 North "
                + "Korean soldiers at a time to Vladivostok in Russia’s Far East.";
        Claim c = new Claim("c", "000", nis, 0, nis.length(), 0, "g", List.of(), "National Intelligence Service",
                List.of(), List.of(), "it", "reported", "in early October, it had observed ships transporting 1,500 "
                + "North Korean soldiers at a time to Vladivostok in Russia’s Far East", "observe");
        assertEquals("National Intelligence Service … " + nis, c.readable());
        assertTrue(Claim.asideBeforeVerb("in a statement, said the plan would fail", "said"));
        // a sentence of its own, a long opening, a quotation before the verb: no aside
        assertFalse(Claim.asideBeforeVerb("On Oct. 18, the agency reported that", "reported"));
        assertFalse(Claim.asideBeforeVerb("on the day after the vote in the Senate and the House, reported that",
                "reported"));
        assertFalse(Claim.asideBeforeVerb("on \"the front line,\" reported that", "reported"));
        assertFalse(Claim.asideBeforeVerb("reported that it had observed ships", "said"));
    }

    @Test
    void aPieceOfAQuotationIsClosedOnTheSideItCuts() {
        // BASIL 2013_f506aafc (Fox): “I did these things. … I used money that should have been used for my
        // campaign.” made two claims, each with one mark of the pair
        assertEquals("\u201cI did these things.\u201d", Claim.closeQuotation("\u201cI did these things."));
        assertEquals("\u201c\u2026 I used money that should have been used for my campaign.\u201d",
                Claim.closeQuotation("\u2026 I used money that should have been used for my campaign.\u201d"));
        assertEquals("\"that it is sufficiently financed.\"", Claim.closeQuotation("that it is sufficiently financed.\""));
        assertEquals("\"It has long been AARP's policy\"", Claim.closeQuotation("\"It has long been AARP's policy"));
        // paired marks, none, or a mark with no word on its far side stay as written
        for (String s : List.of("Mr. Jackson said, \u201cGuilty, Your Honor.\u201d", "He pleaded guilty.",
                "\"We will,\" he said.", "He told the judge: \u201c", "\u201d he said.", "x\" \"y\" z\"")) {
            assertEquals(s, Claim.closeQuotation(s), s);
        }
    }
}
