package org.crosscheck.query.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.Test;

/** Which quotes the variants of a phrase gather: those holding it, and renderings that share enough content words. */
class QuoteGroupingTest {
    private static final List<String> TEXTS = List.of(
            // two renderings of one quote (seeds 000 and 002), and a short quote that shares two words with them
            "We have information indicating that there are significantly more Chinese citizens in the occupier's "
                    + "units than just these two.",
            "We have information that there are many more Chinese citizens in the occupier's units than just two.",
            "Our units got information.",
            // an unrelated quote with function words only in common
            "This absolutely requires a response from the US, Europe and everyone in the world who wants peace.");

    private static List<Quote> quotes() {
        List<Quote> out = new ArrayList<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            out.add(new Quote("q" + i, "s" + i, null, null, TEXTS.get(i), 0, TEXTS.get(i).length(), "direct", "said",
                    null, 0, "test", -1, -1, -1, -1));
        }
        return out;
    }

    @Test
    void renderingsJoinShortOverlapsDoNot() {
        QuoteVariants.Quotes index = new QuoteVariants.Quotes(quotes());
        List<String> ids = QuoteVariants.group(index, "significantly more Chinese citizens").stream().map(Quote::id)
                .toList();
        assertEquals(List.of("q0", "q1"), ids, "the other rendering joins; 'Our units got information' (two words in common) does not");
        assertEquals(List.of("q2"), QuoteVariants.group(index, "units got information").stream().map(Quote::id).toList());
        assertEquals(List.of(), QuoteVariants.group(index, "no such words"));
    }

    @Test
    void aPhraseFindsItsWordsInTheSingularAndThePlural() {
        // BASIL 2012 (Santorum's "phony theology"): Fox quotes "the radical environmentalist", HuffPost "the radical
        // environmentalists"; asked for either, the variants hold both renderings
        Quote fox = santorum("f", "fox", 0, "I was talking about the radical environmentalist,");
        Quote hpo = santorum("h", "hpo", 0, "I was talking about the radical environmentalists,");
        Quote other = santorum("o", "fox", 900, "And I think a lot of radical environmentalists have it upside down,");
        QuoteVariants.Quotes index = new QuoteVariants.Quotes(List.of(fox, hpo, other));
        for (String phrase : List.of("radical environmentalist", "radical environmentalists")) {
            List<String> ids = QuoteVariants.group(index, phrase).stream().map(Quote::id).toList();
            assertEquals(true, ids.containsAll(List.of("f", "h")), phrase + ": " + ids);
        }
        assertEquals(List.of("f", "h"), QuoteVariants.group(index, "talking about the radical environmentalist")
                .stream().map(Quote::id).toList());
        // the renderings are still compared as written: the plural is a changed word, not the same quotation
        assertEquals("reworded", QuoteVariants.kind(QuoteVariants.words(fox.text()), QuoteVariants.words(hpo.text())));
        assertEquals("i was talking about the radical [-environmentalist-] {+environmentalists+}",
                QuoteVariants.diff(QuoteVariants.words(fox.text()), QuoteVariants.words(hpo.text())));
    }

    private static Quote santorum(String id, String source, int start, String text) {
        return new Quote(id, source, "Santorum", "e1", text, start, start + text.length(), "direct", "said", null, 0,
                "test", -1, -1, -1, -1);
    }

    private static Quote quote(String id, String source, String text) {
        return new Quote(id, source, null, null, text, 0, text.length(), "direct", "wrote", null, 0, "test", -1, -1,
                -1, -1);
    }

    @Test
    void aSentenceOfAQuotationOthersQuoteWholeIsTrimmedNotAParaphrase() {
        // BASIL 2013 (Mary Cheney's post): Fox quotes two sentences at once, HuffPost and the NYT quote them apart
        String first = "Freedom means freedom for everyone.";
        String second = "That means that all families - regardless of how they look or how they are made - all "
                + "families are entitled to the same rights, privileges and protections as every other.";
        List<Quote> group = List.of(quote("f", "fox", first + " " + second), quote("h1", "hpo", first),
                quote("h2", "hpo", second), quote("n1", "nyt", first), quote("n2", "nyt", second));
        List<String> base = QuoteVariants.common(group);
        assertEquals(QuoteVariants.words(second), base, "the second sentence is the most common rendering");
        // against it the first sentence shares no run of words: a paraphrase, unless read against the whole
        assertEquals("paraphrase", QuoteVariants.kind(base, QuoteVariants.words(first)));
        assertEquals("f", QuoteVariants.containing(group, group.get(1)).id());
        assertEquals("f", QuoteVariants.containing(group, group.get(3)).id());
        // and a quote that is part of no other rendering has none
        assertEquals(null, QuoteVariants.containing(List.of(group.get(1), quote("x", "nyt",
                "Freedom is not free for everyone.")), group.get(1)));
    }

    @Test
    void aPhraseInTwoStatementsPicksTheOneMostSourcesRender() {
        // BASIL 2014 (Holder in Ferguson): Fox and HuffPost quote Holder; the NYT reports protesters' argument about
        // the prosecutor, which holds the same two words
        Quote fox = quote("f", "fox", "I am the attorney general of the United States. But I am also a black man.");
        Quote hpo = quote("h", "hpo", "I am the attorney general of the United States, but I am also a black man,");
        Quote nyt = new Quote("n", "nyt", "They", null, "that he could not be impartial because his father, a police "
                + "officer, was shot and killed by a black man while on duty when Mr. McCulloch was a child", 0, 120,
                "indirect", "argued", null, 0, "test", -1, -1, -1, -1);
        QuoteVariants.Picked picked = QuoteVariants.pick(new QuoteVariants.Quotes(List.of(fox, hpo, nyt)), "black man");
        assertEquals(List.of("f", "h"), picked.group().stream().map(Quote::id).toList());
        assertEquals(List.of("n"), picked.elsewhere().stream().map(Quote::id).toList());
        String note = QuoteVariants.elsewhere("black man", picked);
        assertEquals(true, note.startsWith("\"black man\" is also in 1 quotation that is no rendering of this one, "
                + "left out: nyt (They): \"that he could not be impartial because his …\""), note);
        // one statement: nothing is left out
        assertEquals(List.of(), QuoteVariants.pick(new QuoteVariants.Quotes(List.of(fox, hpo)), "black man")
                .elsewhere());
    }
    @Test
    void theBaseHoldsThePhraseAskedForAndIsQuotedWhenNoRenderingIsShared() {
        // BASIL 2012 (Romney): HuffPost and the NYT quote one interview; short reported speech around it shares words
        // with every rendering
        Quote hpo = quote("h", "hpo", "Well, when these issues were raised in my state of Massachusetts, I indicated "
                + "my view, which is I do not favor marriage between people of the same gender, and I do not favor "
                + "civil unions if they are identical to marriage other than by name,");
        Quote nyt = quote("n", "nyt", "I don't favor civil unions if it's identical to marriage, and I don't favor "
                + "marriage between people of the same gender.");
        Quote told = new Quote("t", "hpo", null, null, "that he opposes both same-sex marriage and civil unions", 0,
                55, "indirect", "told", null, 0, "test", -1, -1, -1, -1);
        Quote opposition = new Quote("o", "nyt", null, null, "same-sex marriage and civil unions", 0, 34, "indirect",
                "opposition to", null, 0, "test", -1, -1, -1, -1);
        List<Quote> group = List.of(told, hpo, opposition, nyt);
        List<String> base = QuoteVariants.common(group, "favor civil unions");
        assertEquals(true, base.equals(QuoteVariants.words(hpo.text())) || base.equals(QuoteVariants.words(nyt.text())),
                base.toString());
        assertEquals(true, List.of(QuoteVariants.words(hpo.text()), QuoteVariants.words(nyt.text()))
                .contains(QuoteVariants.common(group, "civil unions")), "quoted words before reported speech");
    }

    @Test
    void aQuotationSplitByAFrameGoesOnOnlyWithTheSameSpeakerAcrossAFrame() {
        // BASIL 2012 (Medicare), the NYT: "“You paid into Medicare …,” the advertisement says. “Now when you need it …"
        Quote first = new Quote("a", "nyt", "the advertisement", null, "You paid into Medicare for years, every paycheck,",
                1031, 1082, "direct", "says", null, 5, "test", -1, -1, -1, -1);
        Quote second = new Quote("b", "nyt", "the advertisement", null, "Now when you need it, Obama has cut $716 "
                + "billion from Medicare.", 1107, 1171, "direct", "says", null, 6, "test", -1, -1, -1, -1);
        assertEquals(true, QuoteVariants.continues(first, second));
        assertEquals(false, QuoteVariants.continues(second, first), "the later part does not come first");
        Quote other = new Quote("c", "nyt", "Lis Smith", null, second.text(), 1107, 1171, "direct", "said", null, 6,
                "test", -1, -1, -1, -1);
        assertEquals(false, QuoteVariants.continues(first, other), "another speaker's quotation");
        Quote far = new Quote("d", "nyt", "the advertisement", null, second.text(), 1082 + QuoteVariants.FRAME_GAP + 1,
                1300, "direct", "says", null, 6, "test", -1, -1, -1, -1);
        assertEquals(false, QuoteVariants.continues(first, far), "more than a frame between");
        // BASIL 2012 (Romney), HuffPost: "Romney told … that he opposes both same-sex marriage and civil unions: “Well,
        // when these issues were raised …" is a report, then the quotation it reports
        Quote report = new Quote("r", "hpo", "Mitt Romney", "e1", "that he opposes both same-sex marriage and civil "
                + "unions", 2393, 2448, "indirect", "told", null, 12, "test", -1, -1, -1, -1);
        Quote quotation = new Quote("s", "hpo", "Mitt Romney", "e1", "Well, when these issues were raised in my state "
                + "of Massachusetts, I indicated my view,", 2450, 2530, "direct", "told", null, 12, "test", -1, -1, -1,
                -1);
        assertEquals(false, QuoteVariants.continues(report, quotation), "reported speech goes on with nothing");
        List<QuoteVariants.Rendering> joined = QuoteVariants.joinParts(List.of(first, second));
        assertEquals(1, joined.size());
        assertEquals(List.of(first, second), joined.get(0).parts());
        assertEquals(1031, joined.get(0).quote().start());
        assertEquals(1171, joined.get(0).quote().end());
    }

    @Test
    void aScareQuoteDoesNotGoOnIntoTheNextSentencesQuotation() {
        // BASIL 2012 (Santorum's "phony theology"), the NYT: "It was during a campaign stop in Ohio on Saturday that
        // Mr. Santorum described what he called the “phony theology” of Mr. Obama's agenda." and, in the next
        // paragraph, "“It's about some phony ideal, some phony theology. Oh, not a theology based on the Bible, a
        // different theology,” he said." were one rendering, "phony theology It's about some phony ideal …"
        Quote scare = new Quote("a", "nyt", "Rick Santorum", "e1", "phony theology", 612, 628, "partial", "called", null,
                1, "test", -1, -1, -1, -1);
        Quote quotation = new Quote("b", "nyt", "Rick Santorum", "e1", "It's about some phony ideal, some phony "
                + "theology. Oh, not a theology based on the Bible, a different theology,", 653, 765, "direct", "said",
                null, 2, "test", -1, -1, -1, -1);
        assertEquals(false, QuoteVariants.continues(scare, quotation), "a scare quote, then the next sentence's quotation");
        assertEquals(2, QuoteVariants.joinParts(List.of(scare, quotation)).size());
        // within one sentence, a partial quotation split by a frame still goes on: "the plan is “a disaster,” he
        // said, “for everyone”"
        Quote part1 = new Quote("c", "nyt", "Rick Santorum", "e1", "a disaster,", 100, 113, "partial", "said", null, 4,
                "test", -1, -1, -1, -1);
        Quote part2 = new Quote("d", "nyt", "Rick Santorum", "e1", "for everyone", 124, 138, "partial", "said", null, 4,
                "test", -1, -1, -1, -1);
        assertEquals(true, QuoteVariants.continues(part1, part2));
    }

    @Test
    void theStorysNamesAloneAreNoRendering() {
        // BASIL 2011_576116e5 (AARP): Fox's Rand shares "AARP", "Social" and "Security" with Cowan's quotation and was
        // given as a paraphrase of it under variants "walk through it"; HuffPost's report of the labor groups renders
        // Rand's words ("changed", "position") and stays with them under variants "has not changed"
        Quote cowan = at("c", "hpo", 2010, "For decades, AARP has stood against any substantial changes to Social "
                + "Security. Now that they have opened the door to reform, it is time for lawmakers to walk through it.");
        Quote nyt = at("n", "nyt", 2150, "Now that they have opened the door to reform, it is time for lawmakers to walk "
                + "through it,");
        Quote rand = at("r", "fox", 1169, "AARP has not changed its position on Social Security.");
        Quote labor = at("l", "hpo", 2251, "Yet AARP reassured labor groups that it had not changed its position on "
                + "Social Security");
        QuoteVariants.Quotes index = new QuoteVariants.Quotes(List.of(cowan, nyt, rand, labor));
        assertEquals(List.of("c", "n"), QuoteVariants.group(index, "walk through it").stream().map(Quote::id).toList());
        assertEquals(List.of("r", "l"), QuoteVariants.group(index, "has not changed").stream().map(Quote::id).toList());
        // a sentence's first word is passed over: "AARP" opens Rand's sentence, and stands inside Cowan's
        assertEquals(java.util.Set.of("social", "security"), QuoteVariants.capitalised(rand.text()));
        assertEquals(java.util.Set.of("aarp", "social", "security"), QuoteVariants.capitalised(cowan.text()));
    }

    private static Quote at(String id, String source, int start, String text) {
        return new Quote(id, source, null, null, text, start, start + text.length(), "direct", "said", null, 0, "test",
                -1, -1, -1, -1);
    }
}
