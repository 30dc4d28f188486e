package org.crosscheck.annotate;

import static org.crosscheck.annotate.GroupingFixtures.entity;
import static org.crosscheck.annotate.GroupingFixtures.score;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.Test;

/**
 * Claim groups from the twenty-sixth session's teacher reading of BASIL 2013_f506aafc (Jesse Jackson Jr. pleads
 * guilty over his campaign spending), sentences as the outlets wrote them, with the contents and roles the pipeline
 * gives them.
 */
class ClaimsRound29Test {
    private static Claim claim(String id, String source, int sentence, String text, String content, String subject,
                               List<String> entities, List<String> roles) {
        return new Claim(id, source, text, 0, text.length(), sentence, null, entities, null, List.of(),
                ClaimFacts.numbers(text), subject, null, content, null, roles, false);
    }

    private static final List<Entity> JACKSON = List.of(
            entity("e2", "Jesse Jackson Jr.", "PERSON", "Jackson", "Jesse L. Jackson Jr.", "Mr. Jackson"),
            entity("e9", "Congress", "ORGANIZATION"), entity("e14", "Sandra Jackson", "PERSON", "Sandi"),
            entity("e17", "judge", "TITLE"), entity("e30", "one", "NUMBER"),
            entity("e44", "Jesse L. Jackson", "PERSON", "Rev. Jesse Jackson"),
            entity("e56", "Barack Obama", "PERSON", "Obama"), entity("e33", "Chicago", "LOCATION"));

    private static List<String> named(String text) {
        return GroupingFixtures.named(JACKSON, text);
    }

    /** Other claims of the event, so that the terms weigh as they do in the story. */
    private static List<Claim> jacksonStory() {
        String[][] rows = {
            {"fox", "Former Rep. Jesse Jackson Jr. pleaded guilty Wednesday in federal court to charges that he spent "
                    + "$750,000 in campaign cash on personal items."},
            {"fox", "Sentencing has been set for June 28."},
            {"fox", "Jackson's guilty plea was to a conspiracy charge."},
            {"fox", "Jackson told the judge that he had been hospitalized for psychological issues."},
            {"fox", "The whole hearing lasted about 50 minutes."},
            {"fox", "Sandra Jackson was a Chicago alderman before she resigned last month during the federal "
                    + "investigation."},
            {"hpo", "He pleaded guilty to conspiracy before U.S. District Judge Robert L. Wilkins."},
            {"hpo", "Jackson said he was clearheaded and had not been under treatment for alcohol or drug abuse"},
            {"hpo", "He said he had never been more clear in his life"},
            {"hpo", "The judge set the sentencing for June 28 at 2 p.m."},
            {"nyt", "Mr. Jackson's father, the Rev. Jesse L. Jackson, his mother and several brothers and sisters "
                    + "accompanied him to the hearing."},
            {"nyt", "Mr. Jackson's plea was yet another chapter in the downward spiral of his career."},
            {"nyt", "After winning re-election in November, he resigned"},
            {"nyt", "Mr. Weingarten said that Mr. Jackson had serious health issues that \"directly related\" to his "
                    + "conduct."},
            {"nyt", "Prosecutors said they would seek to have her sentenced to 18 to 24 months."},
        };
        List<Claim> out = new ArrayList<>();
        for (int k = 0; k < rows.length; k++) {
            out.add(claim("s" + k, rows[k][0], 40 + k, rows[k][1], rows[k][1], null, named(rows[k][1]), List.of()));
        }
        return out;
    }

    @Test
    void atOnePointIsNoSharedWord() {
        // HuffPost: "At one point he appeared to mouth, "I'm sorry."", the NYT: "At one point during the hearing, the
        // judge stopped his questioning of Mr. Jackson, who was crying, so that he could be given a tissue." Two
        // moments of the hearing; beside Jackson and "he" they shared only "one" (a "1") and "point". (In the event,
        // HuffPost's claim then joins Fox's ""I'm sorry I let everybody down."", which tells what it does.)
        String hpo = "At one point he appeared to mouth, \"I'm sorry.\"";
        String nyt = "At one point during the hearing, the judge stopped his questioning of Mr. Jackson, who was "
                + "crying, so that he could be given a tissue.";
        List<Claim> claims = new ArrayList<>();
        claims.add(claim("mouth", "hpo", 0, hpo, hpo, null, List.of("e30", "e2"),
                List.of("e2|appear||at point;to mouth")));
        claims.add(claim("tissue", "nyt", 0, nyt, "At one point during the hearing the judge stopped his questioning "
                + "of Mr. Jackson, who was crying, so that he could be given a tissue", null, List.of("e30", "e17", "e2"),
                List.of("e17|stop|questioning|at point;of e2", "|give|tissue|")));
        claims.addAll(jacksonStory());
        ClaimGrouper grouper = new ClaimGrouper();
        String why = grouper.explain(claims, JACKSON, 0, 1);
        assertTrue(score(why) < ClaimGrouper.LINK, why);
        ClaimGrouper.Grouping g = grouper.group(claims, JACKSON);
        assertNotEquals(g.claims().get(0).group(), g.claims().get(1).group(), why);
    }
}
