package org.crosscheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.crosscheck.render.HtmlReport.Edit;
import org.junit.jupiter.api.Test;

/** How a rendering is compared with the common one, word by word. */
class QuoteDiffTest {
    static List<String> w(String s) {
        return HtmlReport.keys(HtmlReport.words(s));
    }

    @Test
    void aPartOfALongerQuoteIsComparedWithThatPart() {
        List<String> base = w("I have been watching Governor Perry closely. I'm endorsing Rick Perry. Governor Perry has a superior record.");
        List<String> part = w("Governor Perry has a superior record.");
        // the whole run before the part is left out at its start, nothing is removed inside it
        assertEquals(List.of(new Edit(0, base.size() - part.size(), 0, 0)), HtmlReport.edits(base, part));
        List<String> middle = w("I'm endorsing Rick Perry");
        int at = base.indexOf("i'm");
        assertEquals(List.of(new Edit(0, at, 0, 0), new Edit(at + 4, base.size() - at - 4, 4, 0)),
                HtmlReport.edits(base, middle));
    }

    @Test
    void wordsChangedInsideAreEdits() {
        List<String> base = w("Putin is going to do anything except end the war");
        List<String> other = w("Putin intends to do anything but end the war");
        assertEquals(List.of(new Edit(1, 2, 1, 1), new Edit(6, 1, 5, 1)), HtmlReport.edits(base, other));
        assertEquals(List.of(), HtmlReport.edits(base, base));
    }

    @Test
    void kindsFollowTheVariantsQuery() {
        List<String> base = w("We continue active operations in the enemy's border areas");
        assertEquals("verbatim", HtmlReport.kind(base, w("We continue active operations in the enemy’s border areas.")));
        assertEquals("trimmed", HtmlReport.kind(base, w("active operations")));
        assertEquals("reworded", HtmlReport.kind(base, w("We continue to conduct active operations in the border areas")));
        assertEquals("paraphrase", HtmlReport.kind(base, w("Our troops keep fighting across the frontier")));
    }

    @Test
    void twoCutsOfOneQuotationAreTrimmed() {
        // BASIL 2010: the NYT and HuffPost quote Michael Steele's speech, each cut at another place
        List<String> nyt = w("Well, if he’s such a student of history, has he not understood that you know that’s the one "
                + "thing you don’t do, is engage in a land war in Afghanistan?");
        List<String> hpo = w("...you don’t do is engage in a land war in Afghanistan, alright, because everyone who’s "
                + "tried over a thousand years of history has failed.");
        assertEquals("trimmed", HtmlReport.kind(nyt, hpo));
        assertEquals("trimmed", HtmlReport.kind(hpo, nyt));
        // the same few words at the seam of two different sentences are no overlap
        assertEquals("paraphrase", HtmlReport.kind(w("They asked what we should do in a war"),
                w("in a war nobody wins, the soldiers suffer")));
    }

    @Test
    void wordsKeepTheirSpellingAndOffsets() {
        List<HtmlReport.Word> words = HtmlReport.words("“Russia’s war,” he said - tough-on-crime");
        assertEquals(List.of("Russia’s", "war", "he", "said", "tough", "on", "crime"), words.stream().map(HtmlReport.Word::text).toList());
        assertEquals("russia's", words.getFirst().key());
        assertEquals(1, words.getFirst().start());
    }
}
