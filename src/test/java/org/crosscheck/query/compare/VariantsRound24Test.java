package org.crosscheck.query.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** `variants` on the twenty-second session's teacher reading (BASIL 2010_85475456): quotations as outlets wrote them. */
class VariantsRound24Test {
    @Test
    void aRenderingThatNegatesTheWordsItKeepsIsNoRewording() {
        // BASIL 2010_85475456: the NYT's quotation against HuffPost's report of a debate in which Blumenthal said the
        // opposite; `variants "in Vietnam"` called the report "reworded"
        List<String> base = QuoteVariants.words("We have learned something important since the days that I served in "
                + "Vietnam");
        assertEquals("paraphrase", QuoteVariants.kind(base, QuoteVariants.words("he had not served in Vietnam")));
        assertEquals("paraphrase", QuoteVariants.kind(base, QuoteVariants.words("I didn't serve in Vietnam")));
        // Fox's rendering adds a word and keeps the sense
        assertEquals("reworded", QuoteVariants.kind(base, QuoteVariants.words("We have learned something very "
                + "important since the days that I served in Vietnam")));
        // a negation just before the words kept is the base's too (BASIL 2013_d3a1ce0a, the NYT's Cowan)
        assertEquals("reworded", QuoteVariants.kind(QuoteVariants.words("no daylight"),
                QuoteVariants.words("There won't be any daylight there at all")));
        // a negation both have is no difference
        List<String> not = QuoteVariants.words("I did not serve in Vietnam, I have seen first-hand the effects");
        assertEquals("reworded", QuoteVariants.kind(not, QuoteVariants.words("I did not serve in Vietnam but I have "
                + "seen the effects")));
    }
}
