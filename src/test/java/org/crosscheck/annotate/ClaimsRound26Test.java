package org.crosscheck.annotate;

import static org.crosscheck.annotate.GroupingFixtures.entity;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.Test;

/**
 * Claim groups from the twenty-fourth session's teacher reading: the lead's Grimm event (BASIL 2014_33521e65),
 * sentences as the outlets wrote them, with the roles the pipeline gives them.
 */
class ClaimsRound26Test {
    private static Claim claim(String id, String source, int sentence, String text, List<String> entities,
                               List<String> roles) {
        return new Claim(id, source, text, 0, text.length(), sentence, null, entities, null, List.of(),
                ClaimFacts.numbers(text), null, null, text, null, roles);
    }

    private static final List<Entity> GRIMM = List.of(entity("e4", "Michael Grimm", "PERSON", "Grimm"),
            entity("e19", "Brooklyn", "LOCATION"), entity("e7", "William McGinley", "PERSON", "McGinley"),
            entity("e9", "Washington Post", "ORGANIZATION"), entity("e12", "Diana Durand", "PERSON", "Durand"));

    private static List<String> named(String text) {
        return GroupingFixtures.named(GRIMM, text);
    }

    /** Other claims of the Grimm event, so that the terms weigh as they do in a story. */
    private static List<Claim> grimmStory() {
        String[][] rows = {
            {"fox", "Michael Grimm's attorney confirmed late Friday that federal prosecutors plan to file criminal "
                    + "charges against the congressman."},
            {"fox", "The House Ethics Committee announced in November that Grimm was under investigation for possible "
                    + "campaign finance violations."},
            {"fox", "That committee said it would defer its inquiry because of a separate Department of Justice "
                    + "investigation."},
            {"fox", "A spokesman for the U.S. attorney in Brooklyn said he could not confirm, deny or comment on the case."},
            {"fox", "Some members of Pinto's congregation subsequently said they made tens of thousands of dollars in "
                    + "illegal contributions, including gifts passed through straw donors."},
            {"fox", "Grimm has denied knowledge of any improprieties, and the FBI hasn't accused him of any wrongdoing."},
            {"fox", "The Israeli businessman who had served as Grimm's liaison to Pinto's followers, Ofer Biton, pleaded "
                    + "guilty in August to an immigration fraud charge."},
            {"fox", "A spokesman in Grimm's Washington office, Nick Iacono, did not immediately return emails or a "
                    + "telephone message seeking comment Friday."},
            {"hpo", "Michael Grimm (R-N.Y.) is expected to be indicted by the U.S. attorney for the Eastern District of "
                    + "New York, Grimm's lawyer said Friday."},
            {"hpo", "Politico was first to report the news of the expected indictment."},
            {"hpo", "The Justice Department began investigating Grimm two years ago on allegations that he filed "
                    + "erroneous campaign finance reports and accepted improper donations during his first "
                    + "congressional campaign."},
            {"hpo", "More recently, Grimm was in the news in January after he physically threatened a reporter in the "
                    + "Capitol."},
            {"hpo", "The second-term congressman represents New York's 11th District, which includes Staten Island and "
                    + "part of Brooklyn."},
            {"hpo", "The Washington Post reported that Grimm is likely to turn himself in once the indictment is "
                    + "unsealed."},
            {"nyt", "He was also expected to be charged with obstruction of justice, for allegedly lying under oath in a "
                    + "federal lawsuit."},
            {"nyt", "One, Diana Durand of Houston, was charged with illegally funneling more than $10,000 into his "
                    + "campaign."},
            {"nyt", "The other, Ofer Biton, pleaded guilty to visa fraud charges."},
            {"nyt", "Healthalicious, the restaurant that the people said was a focus of the indictment, was on Second "
                    + "Avenue near 83rd Street."},
            {"nyt", "In January 2012, the New York State Workers' Compensation Board ordered Healthalicious to pay $88,000 "
                    + "for not carrying workers' compensation insurance."},
            {"nyt", "Grimm filed papers with the state to dissolve Granny Sayz."},
        };
        List<Claim> out = new ArrayList<>();
        for (int k = 0; k < rows.length; k++) {
            out.add(claim("s" + k, rows[k][0], 40 + k, rows[k][1], named(rows[k][1]), List.of()));
        }
        return out;
    }

    @Test
    void claimsThatShareOnlyAnAuxiliaryAndAlreadyAreNotLinked() {
        // HuffPost: "The Washington Post now reports that Grimm has already "been secretly indicted by a federal grand
        // jury in Brooklyn …"", the NYT: "Two of his fund-raisers have already been charged." Grimm and two of his
        // fund-raisers, two acts: the only words in common are "already" and "been" (indict / charge are related
        // verbs, which count in the cosine but are no word in common)
        List<Claim> claims = new ArrayList<>();
        claims.add(claim("indicted", "hpo", 0, "Grimm has already \"been secretly indicted by a federal grand jury in "
                + "Brooklyn", List.of("e4", "e19"),
                List.of("jury|indict|e4|")));
        claims.add(claim("charged", "nyt", 0, "Two of his fund-raisers have already been charged.", List.of("e4"),
                List.of("|charge|e4|")));
        claims.addAll(grimmStory());
        ClaimGrouper grouper = new ClaimGrouper();
        String why = grouper.explain(claims, GRIMM, 0, 1);
        // the pair scores over the line: only the rule keeps it apart
        assertTrue(Double.parseDouble(why.substring(6, why.indexOf(' ', 6))) >= ClaimGrouper.LINK, why);
        ClaimGrouper.Grouping g = grouper.group(claims, GRIMM);
        assertNotEquals(g.claims().get(0).group(), g.claims().get(1).group(), why);
    }
}
