package org.crosscheck.annotate;

import static org.crosscheck.annotate.GroupingFixtures.entity;
import static org.crosscheck.annotate.GroupingFixtures.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.Test;

/**
 * Claim groups from the twenty-sixth session's follow-up on BBC politics 042, 069, 210, 294 and 312 (a threatened
 * public-sector pension strike; 210 is a civil servants' strike over job cuts), sentences as the BBC wrote them, with
 * the contents, speakers and roles the pipeline gives them.
 */
class ClaimsRound30Test {
    private static Claim claim(String id, String source, String text, String content, String speaker,
                               List<String> entities, List<String> roles) {
        return new Claim(id, source, text, 0, text.length(), 0, null, entities, speaker, List.of(),
                ClaimFacts.numbers(text), null, speaker == null ? null : "said", content, null, roles, false);
    }

    private static final List<Entity> STRIKE = List.of(
            entity("e27", "Mark Serwotka", "PERSON"), entity("e28", "Public and Commercial Services", "ORGANIZATION"),
            entity("e29", "one day", "DURATION", "one-day"), entity("e81", "Hugh Lanning", "PERSON"),
            entity("e50", "Public and Commercial Services Union", "ORGANIZATION", "PCS", "PCSU"),
            entity("e63", "Gordon Brown", "PERSON"), entity("e60", "Wales", "LOCATION"),
            entity("e35", "John Prescott", "PERSON", "Prescott"), entity("e46", "UK", "COUNTRY", "Britain"));

    /** Other claims of the five reports, so that the terms weigh as they do in the story. */
    private static List<Claim> story() {
        String[][] rows = {
            {"042", "The government says unions will be consulted before any changes are made."},
            {"042", "Mr Prentis said workers did not want to go on strike and called for talks between unions and the "
                    + "highest level of government."},
            {"042", "There is already widespread anger over the chancellor's plans to get rid of more than 100,000 "
                    + "civil servants."},
            {"210", "Thousands of civil servants were on strike across Wales on Friday in protest at planned job cuts."},
            {"210", "The strike, called by the Public and Commercial Services Union, was the biggest by civil servants "
                    + "in a decade."},
            {"210", "No further action is anticipated without a further ballot of staff."},
            {"069", "Up to 1.4m workers could take part in a strike already earmarked for 23 March."},
            {"069", "Mr Prescott held a private meeting with senior union figures last week."},
            {"294", "Unions have already earmarked 23 March for a one-day strike which could involve up to 1.4 million "
                    + "UK workers."},
            {"294", "The Public and Commercial Services Union will co-ordinate any action with up to six other public "
                    + "sector unions."},
        };
        List<Claim> out = new ArrayList<>();
        for (int k = 0; k < rows.length; k++) {
            out.add(claim("s" + k, rows[k][0], rows[k][1], rows[k][1], null, List.of(), List.of()));
        }
        return out;
    }

    @Test
    void aSentenceOfAQuotationOverSeveralSentencesIsTheSpeakersOwnWords() {
        assertTrue(ClaimGrouper.openQuotation("\"The ballot was for one day's action."));
        assertTrue(ClaimGrouper.openQuotation("No further action is anticipated without a further ballot of staff.\""));
        assertFalse(ClaimGrouper.openQuotation("\"The ballot was for one day's action.\""), "closed: quotedWords");
        assertFalse(ClaimGrouper.openQuotation("He said on \"Fox News Sunday"), "a title, not words");
        assertFalse(ClaimGrouper.openQuotation("\"The president supports measures to strengthen Social Security"),
                "a clause cut before its closing mark (ClaimsRound18Test)");
    }

    @Test
    void anotherPersonsQuotationLeftOpenIsNotAReport() {
        // 042: "Mark Serwotka, from the Public and Commercial Services union said there should be a co-ordinated one
        // day strike unless there was a government rethink." 210, Hugh Lanning on another strike (over job cuts):
        // ""The ballot was for one day's action. No further action is anticipated without a further ballot of
        // staff."" The first sentence of his quotation holds its opening mark only; it shared "one day" with 042's
        // report and was one group with it (0.35), which kept 042's claim from 069's and 294's "PCS leader Mark
        // Serwotka warned last week that there could be further walkouts unless there was a government rethink".
        String serwotka = "Mark Serwotka, from the Public and Commercial Services union said there should be a "
                + "co-ordinated one day strike unless there was a government rethink.";
        String lanning = "\"The ballot was for one day's action.";
        List<Claim> claims = new ArrayList<>();
        claims.add(claim("serwotka", "042", serwotka, "there should be a co-ordinated one day strike unless there was "
                + "a government rethink", "Mark Serwotka", List.of("e27", "e28", "e29"), List.of("government|rethink||")));
        claims.add(claim("lanning", "210", lanning, "The ballot was for one day's action", "Hugh Lanning",
                List.of("e29"), List.of()));
        claims.addAll(story());
        ClaimGrouper grouper = new ClaimGrouper();
        String why = grouper.explain(claims, STRIKE, 0, 1);
        assertTrue(score(why) < ClaimGrouper.LINK, why);
        assertTrue(why.contains("quoted from two different people"), why);
        ClaimGrouper.Grouping g = grouper.group(claims, STRIKE);
        assertNotEquals(g.claims().get(0).group(), g.claims().get(1).group(), why);
    }
}
