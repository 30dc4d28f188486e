package org.crosscheck.annotate;

import static org.crosscheck.annotate.TestCorpora.split;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claim boundaries and renderings from the teacher's reading of BASIL 2011_576116e5 (AARP pushes back on a claim
 * about Social Security concessions): sentences as the outlets wrote them.
 */
class ClaimsRound18Test {
    @Test
    void theTwoHalvesOfAComparisonCutByAFrameAreOneClaim() {
        // the NYT: "“The longer we wait,” the aide said" was a claim of its own, grouped with HuffPost's "The reality is,
        // we have more people older and who are living longer" on "longer" and "we"
        List<Clauses.Clause> c = split("“The longer we wait,” the aide said, “the more difficult it will be to protect "
                + "current beneficiaries and those who rely on Social Security the most.”");
        assertEquals(1, c.size(), c.toString());
        assertTrue(c.get(0).content().startsWith("The longer we wait, the more difficult it will be"),
                c.get(0).content());
        assertEquals("said", c.get(0).cue());
        // two halves that are no comparison stay two claims
        assertEquals(2, split("“You have to look at all the tradeoffs,” Mr. Rother said, “and what we’re trying to do "
                + "is engage the American public in that debate.”").size());
    }

    @TempDir
    static Path update;

    @Test
    void aThatInsideTheSpeakersOwnQuotationIsNotShownAsHisReport() throws IOException {
        // HuffPost: the row read "Barry Rand … said that it is sufficiently financed …", as if Rand had said that; the
        // "that" is the quotation's own ("It has long been AARP's policy that … and that …")
        Files.writeString(update.resolve("hpo.txt"), "UPDATE: AARP CEO A. Barry Rand said in a statement, \"It has long "
                + "been AARP's policy that Social Security should be strengthened to provide adequate benefits and that "
                + "it is sufficiently financed to ensure solvency with a stable trust fund for the next 75 years.\"\n",
                StandardCharsets.UTF_8);
        Corpus corpus = CorpusBuilder.build(update, Progress.SILENT);
        Claim that = corpus.claims().stream().filter(c -> c.text().startsWith("that it is")).findFirst()
                .orElseThrow(() -> new AssertionError(corpus.claims().toString()));
        assertTrue(that.speaker() != null && that.speaker().contains("Barry Rand"), that.toString());
        // shown as the quotation it is (its opening mark stands before the span), not as Rand's report
        assertEquals("\"" + that.text(), that.readable());
    }

    private static Claim quoted(String id, String source, int sentence, String text, String speaker, String content,
                                List<String> entities, List<String> roles) {
        return new Claim(id, source, text, 0, text.length(), sentence, null, entities, speaker, List.of(), List.of(),
                null, "said", content, null, roles);
    }

    private static org.crosscheck.model.Entity entity(String id, String name, String type, String... aliases) {
        return new org.crosscheck.model.Entity(id, name, type, List.of(aliases), List.of("a", "b"), 2, Map.of(),
                List.of());
    }

    @Test
    void twoPeoplesOwnWordsAreTwoClaims() {
        // Fox's Carney and HuffPost's Rand were one group on "strengthen Social Security" (same roles of a verb)
        List<org.crosscheck.model.Entity> people = List.of(entity("e3", "Social Security", "ORGANIZATION"),
                entity("e6", "Barack Obama", "PERSON", "Obama"), entity("e9", "Barry Rand", "PERSON", "Rand"),
                entity("e10", "Jay Carney", "PERSON", "Carney"));
        Claim carney = quoted("c", "fox", 20, "\"The president supports measures to strengthen Social Security",
                "Jay Carney", "The president supports measures to strengthen Social Security", List.of("e6", "e3"),
                List.of("e6|support|measure|", "measure|strengthen|e3|"));
        Claim rand = quoted("r", "hpo", 30, "UPDATE: AARP CEO A. Barry Rand said in a statement, \"It has long been "
                + "AARP's policy that Social Security should be strengthened to provide adequate benefits", "Barry Rand",
                "It has long been AARP's policy that Social Security should be strengthened to provide adequate "
                + "benefits", List.of("e9", "e3"), List.of("|strengthen|e3|", "|provide|benefit|"));
        String why = new ClaimGrouper().explain(List.of(carney, rand), people, 0, 1);
        assertTrue(why.contains("quoted from two different people"), why);
        ClaimGrouper.Grouping g = new ClaimGrouper().group(List.of(carney, rand), people);
        assertTrue(!g.claims().get(0).group().equals(g.claims().get(1).group()), g.groups().toString());
        // the outlet's own report of what Rand said is not parted from Carney's words so while they are cut before
        // their closing mark (a closed quotation against another person's report is: ClaimsRound19Test)
        Claim told = quoted("t", "hpo", 30, "Rand said Social Security should be strengthened to provide adequate "
                + "benefits", "Barry Rand", "Social Security should be strengthened to provide adequate benefits",
                List.of("e9", "e3"), List.of("|strengthen|e3|", "|provide|benefit|"));
        assertFalse(new ClaimGrouper().explain(List.of(carney, told), people, 0, 1).contains("two different people"));
        // nor are the same quoted words given to two people: one of the speakers is wrong
        Claim same = quoted("s", "hpo", 30, "\"The president supports measures to strengthen Social Security,\" Rand "
                + "said", "Barry Rand", "The president supports measures to strengthen Social Security",
                List.of("e9", "e6", "e3"), List.of("e6|support|measure|", "measure|strengthen|e3|"));
        String sameWhy = new ClaimGrouper().explain(List.of(carney, same), people, 0, 1);
        assertFalse(sameWhy.contains("two different people"), sameWhy);
    }

    @Test
    void oneSurnameIsOnePersonWhateverTheEntities() {
        // the 50 BASIL dev events in one corpus hold "Barack Obama" and "Obama" as two entities: Fox's "President Obama
        // insisted "nothing improper" happened with Sestak" and the NYT's "Mr. Obama on Thursday said, “I can assure
        // the public that nothing improper took place.”" are one statement
        List<org.crosscheck.model.Entity> people = List.of(entity("e1", "Barack Obama", "PERSON", "Barack"),
                entity("e2", "Obama", "PERSON"), entity("e3", "Joe Sestak", "PERSON", "Sestak"));
        Claim fox = quoted("f", "fox", 12, "one day after President Obama insisted \"nothing improper\" happened with "
                + "Sestak.", "Barack Obama", "nothing improper happened with Sestak", List.of("e1", "e3"), List.of());
        Claim nyt = quoted("n", "nyt", 30, "While declining to discuss what happened, Mr. Obama on Thursday said, “I can "
                + "assure the public that nothing improper took place.”", "Obama", "I can assure the public that "
                + "nothing improper took place", List.of("e2"), List.of());
        String why = new ClaimGrouper().explain(List.of(fox, nyt), people, 0, 1);
        assertFalse(why.contains("two different people"), why);
    }
}
