package org.crosscheck.annotate;

import static org.crosscheck.annotate.GroupingFixtures.entity;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.Test;

/**
 * Claim groups from the teacher's reading of BASIL 2013_d3a1ce0a (William Cowan named interim senator for
 * Massachusetts): sentences as the outlets wrote them.
 */
class ClaimsRound19Test {
    private static Claim claim(String id, String source, int sentence, String text, String speaker, String content,
                               List<String> entities, List<String> roles) {
        return new Claim(id, source, text, 0, text.length(), sentence, null, entities, speaker, List.of(), List.of(),
                null, "said", content, null, roles);
    }

    @Test
    void onePersonsQuotationAndAnotherPersonsReportAreTwoClaims() {
        // HuffPost's Barney Frank and the NYT's Cowan were one group on "continue … work" (same roles of a verb):
        // Frank's own words and the outlet's report of what Cowan said are two people's
        List<Entity> people = List.of(entity("e7", "John Kerry", "PERSON", "Kerry"),
                entity("e10", "William Cowan", "PERSON", "Cowan"), entity("e21", "Edward Markey", "PERSON", "Markey",
                        "Ed Markey"), entity("e44", "Barney Frank", "PERSON", "Frank"),
                entity("e15", "Barack Obama", "PERSON", "Obama"));
        String quotation = "I now look forward to working for the election of Ed Markey to continue this work, and to "
                + "providing President Obama the support he deserves in carrying out the mandate he received in "
                + "November.";
        Claim frank = claim("f", "hpo", 31, "“" + quotation + "\"", "Barney Frank", quotation, List.of("e21", "e15"),
                List.of("|look||for election;to work", "|continue|work|", "|provide|support|"));
        Claim cowan = claim("c", "nyt", 35, "Mr. Cowan said that he would be relying on Mr. Kerry’s staff in Washington "
                + "and in Massachusetts for guidance and that he intended to continue Mr. Kerry’s work.", "William Cowan",
                "that he intended to continue Mr. Kerry’s work", List.of("e10", "e7"),
                List.of("e10|intend||", "e10|continue|work|"));
        String why = new ClaimGrouper().explain(List.of(frank, cowan), people, 0, 1);
        assertTrue(why.contains("quoted from two different people"), why);
        ClaimGrouper.Grouping g = new ClaimGrouper().group(List.of(frank, cowan), people);
        assertNotEquals(g.claims().get(0).group(), g.claims().get(1).group(), g.groups().toString());
    }

    @Test
    void aTitleInQuotationMarksIsNoOnesOwnWords() {
        // BASIL 2010_2b95d2cf: Fox's Kristol "said on “Fox News Sunday”" and the NYT's "Mr. Steele's comments
        // prompted William Kristol … to call for his resignation" tell one call, the second given to Steele; the
        // quoted show title is not Kristol's words
        List<Entity> people = List.of(entity("e3", "Michael Steele", "PERSON", "Steele"),
                entity("e20", "Bill Kristol", "PERSON", "Kristol", "William Kristol"),
                entity("e22", "Weekly Standard", "ORGANIZATION"));
        Claim fox = claim("f", "fox", 9, "Weekly Standard editor Bill Kristol, who led the charge of conservatives "
                + "calling for Steele to step down over the remarks, said on \"Fox News Sunday\" Steele still needs to "
                + "go", "Bill Kristol", "Weekly Standard editor Bill Kristol, who led the charge of conservatives "
                + "calling for Steele to step down over the remarks, said on \"Fox News Sunday\" Steele still needs to "
                + "go", List.of("e20", "e22", "e3"), List.of("e3|need||", "e3|go||"));
        Claim nyt = claim("n", "nyt", 4, "Mr. Steele’s comments prompted William Kristol, editor of the Weekly Standard "
                + "and a leading voice of conservative support for the war in Afghanistan, to call for his resignation "
                + "as party leader.", "Michael Steele", "Mr. Steele’s comments prompted William Kristol, editor of the "
                + "Weekly Standard and a leading voice of conservative support for the war in Afghanistan, to call for "
                + "his resignation as party leader.", List.of("e3", "e20", "e22"),
                List.of("comment|prompt|e20|", "e20|call||for resignation"));
        String why = new ClaimGrouper().explain(List.of(fox, nyt), people, 0, 1);
        assertFalse(why.contains("two different people"), why);
    }
}
