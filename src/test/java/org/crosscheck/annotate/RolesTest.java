package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.ingest.RawDocument;
import org.junit.jupiter.api.Test;

/** Who does what to what, read from the dependency tree of sentences as outlets wrote them. */
class RolesTest {
    /** The roles of every claim of the sentence. */
    private static List<String> roles(String sentence) {
        Doc d = CorpusBuilder.analyse(new RawDocument("t", "t.txt", sentence + "\n", List.of(), Map.of(), null));
        List<String> out = new ArrayList<>();
        for (Doc.Sent s : d.sents) {
            for (Clauses.Clause c : Clauses.split(d, s)) {
                out.addAll(c.roles());
            }
        }
        return out;
    }

    private static boolean agree(List<String> a, List<String> b) {
        return a.stream().anyMatch(x -> b.stream().anyMatch(y -> ClaimGrouper.rolesAgree(x, y)));
    }

    @Test
    void theSameObjectAndArgumentWithAnotherVerbAgree() {
        // two outlets on one demand, in other verbs (002 and 004 of the seeds)
        List<String> demanded = roles("The Ukranian leader has demanded an explanation from Beijing, who are an ally "
                + "of Russia, and have been accused of helping the Kremlin in the war against Ukraine.");
        List<String> seek = roles("President Volodymyr Zelensky said Chinese citizens were fighting alongside "
                + "Russian troops, adding that he would seek an explanation from Beijing.");
        assertTrue(demanded.stream().anyMatch(r -> r.matches("[^|]*\\|demand\\|explanation\\|from [^|]*")), demanded.toString());
        assertTrue(seek.stream().anyMatch(r -> r.matches("[^|]*\\|seek\\|explanation\\|from [^|]*")), seek.toString());
        assertTrue(agree(demanded, seek), demanded + " / " + seek);
        // the relative clause describes Beijing: its verbs ("are", "accused") are not roles of the claim
        assertFalse(demanded.stream().anyMatch(r -> r.contains("|accuse|")), demanded.toString());
        // the reporting frame ("said", "adding") is no role either
        assertFalse(seek.stream().anyMatch(r -> r.contains("|say|") || r.contains("|add|")), seek.toString());
    }

    @Test
    void anInfinitiveTakesItsGovernorsObjectAsSubject() {
        List<String> r = roles("He has instructed Ukraine's acting foreign minister, Andrii Sybiha, to demand an "
                + "official response from Beijing.");
        assertTrue(r.stream().anyMatch(x -> x.matches("minister\\|demand\\|response\\|from beijing")), r.toString());
    }

    @Test
    void aPassiveSubjectIsTheObjectAndTheAgentTheSubject() {
        List<String> passive = roles("Two Chinese nationals were captured by Ukrainian forces in the Donetsk region.");
        List<String> active = roles("Ukrainian forces captured two Chinese nationals in the Donetsk region.");
        assertTrue(passive.contains("force|capture|national#2|in donetsk") || passive.stream()
                .anyMatch(x -> x.startsWith("force|capture|national#2|")), passive.toString());
        assertTrue(agree(passive, active), passive + " / " + active);
    }

    @Test
    void differentFiguresAreDifferentObjects() {
        // 000 and 002 of the seeds: the same subject, verb and destination, different numbers of troops
        List<String> thousands = roles("North Korea has sent thousands of its troops to Russia to support Moscow.");
        List<String> three = roles("It comes as North Korea sent around 3,000 additional troops to Russia in January "
                + "and February.");
        assertFalse(agree(thousands, three), thousands + " / " + three);
        List<String> eleven = roles("North Korea has sent approximately 11,000 military personnel to fight in the "
                + "war against Ukraine.");
        assertFalse(agree(three, eleven), three + " / " + eleven);
    }

    @Test
    void theSubjectAndVerbAloneDoNotAgree() {
        // both say what Santorum talked about, but not the same thing
        List<String> a = roles("I was talking about the radical environmentalists.");
        List<String> b = roles("I was talking about energy.");
        assertFalse(agree(a, b), a + " / " + b);
        assertEquals(a, roles("I was talking about the radical environmentalist."));
    }

    @Test
    void aPhrasalVerbIsOneVerb() {
        // two outlets on Trump leaving the Newsmax debate (BASIL 2011): "bow out" and "pull out", not "bow" and "pull"
        List<String> bow = roles("Donald Trump announced Tuesday that he is bowing out as the moderator for a "
                + "Republican presidential debate later this month, after most candidates in the field opted not to attend.");
        List<String> pull = roles("Donald Trump has announced Tuesday that he is pulling out of his own Dec. 27th debate.");
        assertTrue(bow.stream().anyMatch(r -> r.contains("|bow out|")), bow.toString());
        assertTrue(pull.stream().anyMatch(r -> r.contains("|pull out|")), pull.toString());
        assertTrue(VerbClasses.related("bow out", "pull out")); // both "withdraw"
        assertFalse(VerbClasses.related("bow", "pull"));
        List<String> struck = roles("The Supreme Court struck down the Defense of Marriage Act in June.");
        assertTrue(struck.stream().anyMatch(r -> r.contains("|strike down|")), struck.toString());
        assertTrue(VerbClasses.related("strike down", "overturn"));
    }
}
