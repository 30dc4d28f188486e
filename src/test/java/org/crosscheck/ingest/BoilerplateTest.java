package org.crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The boilerplate rules on sentences as annotation hands them over (one sentence per paragraph here). */
class BoilerplateTest {
    private static String[] classify(String... sentences) {
        List<Boilerplate.Candidate> c = new ArrayList<>();
        List<String> paras = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            String s = sentences[i];
            boolean imperative = s.matches("^(Skip|Click|Read|Subscribe|Follow|Sign|Join|Get|Download) .*");
            c.add(new Boilerplate.Candidate(i, s, Boilerplate.unquote(s), imperative));
            paras.add(s);
        }
        return Boilerplate.classify(c, paras, null);
    }

    @Test
    void tailPromotionCreditAndBio() {
        String[] r = classify(
                "Officials Meet Over Budget",
                "The council met on Monday to discuss the budget.",
                "\"I think we can agree,\" the mayor said.",
                "Getty/Instagram.",
                "Members will vote next week.",
                "AP contributed to this report.",
                "I have covered city politics for 15 years.",
                "Click here to get my weekly newsletter.");
        assertArrayEquals(new String[] {"headline", null, null, "photo credit", null, "credit", "author bio",
                "newsletter prompt"}, r);
    }

    @Test
    void firstPersonColumnHasNoBioTail() {
        String[] r = classify(
                "I went to the market on Sunday morning.",
                "My neighbour was already there.",
                "We talked about the new road.",
                "I think it will change the town.");
        assertArrayEquals(new String[] {null, null, null, null}, r);
    }

    @Test
    void firstPersonInsideQuotesIsNotABio() {
        String[] r = classify(
                "The minister spoke to reporters on Friday.",
                "\"I have worked on this for twenty years,\" she said.");
        assertArrayEquals(new String[] {null, null}, r);
    }
}
