package org.crosscheck.annotate;

import static org.crosscheck.annotate.GroupingFixtures.entity;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.Test;

/**
 * Claim groups from the teacher's reading of BASIL 2011_2153fb3e (Obama mocks the House for reaffirming "In God We
 * Trust"): sentences as the outlets wrote them, with the roles the dependency tree gives them.
 */
class ClaimsRound21Test {
    private static Claim claim(String id, String source, int sentence, String text, List<String> entities,
                               List<String> roles) {
        return new Claim(id, source, text, 0, text.length(), sentence, null, entities, null, List.of(),
                ClaimFacts.numbers(text), null, null, text, null, roles);
    }

    private static final List<Entity> NAMES = List.of(entity("e1", "House", "ORGANIZATION"),
            entity("e4", "Barack Obama", "PERSON", "Obama", "Mr. Obama"),
            entity("e33", "Senate", "ORGANIZATION"), entity("e30", "Republicans", "ORGANIZATION"),
            entity("e32", "Senate Democrats", "ORGANIZATION"), entity("e70", "North Korea", "COUNTRY"),
            entity("e71", "Pyongyang", "CITY"), entity("e72", "Russia", "COUNTRY"), entity("e73", "Moscow", "CITY"));

    private static final String FOX = "The Senate is preparing to take up a portion of the president's jobs bill - on "
            + "infrastructure -- after the $447 billion jobs package failed when offered as a whole.";
    private static final String NYT = "The House has declined to take up Mr. Obama’s jobs package";

    private static Claim fox() {
        return claim("f", "fox", 20, FOX, List.of("e33"), List.of("e33|prepare||",
                "e33|take up|portion|of bill;on infrastructure", "package|fail||", "|offer||as whole"));
    }

    private static Claim nyt() {
        return claim("n", "nyt", 12, NYT, List.of("e1", "e4"), List.of("e1|decline||", "e1|take up|package|"));
    }

    /** The story's other sentences, each the claim of one source, so the terms weigh as in the event. */
    private static List<Claim> story() {
        String[][] rows = {
            {"fox", "Carney said the particular reference by the president to God was made in the context of inaction "
                    + "by the House of Representatives."},
            {"fox", "The House resolution on the national motto passed Tuesday was introduced by Rep. Randy Forbes, "
                    + "R-Va."},
            {"fox", "It passed in a 396-9 vote."},
            {"fox", "The phrase quoted by Carney is not in the Bible"},
            {"fox", "House Republicans have argued that the procedural votes don't take up very much time."},
            {"hpo", "President Barack Obama urged lawmakers to move on the transportation funding portion of his jobs "
                    + "bill Wednesday."},
            {"hpo", "The bill's sponsor, Rep. Randy Forbes (R-Va.) had argued that some people, including Obama, needed "
                    + "to be reminded of the motto."},
            {"hpo", "In a speech in Jakarta last year, Obama remarked that the American motto is E pluribus unum."},
            {"hpo", "Officially, this wasn't correct."},
            {"nyt", "Mr. Obama said the two leaders and other Republicans had supported public-works investments in the "
                    + "past."},
            {"nyt", "The outcome in the Senate on the infrastructure spending provision, however, is not expected to be "
                    + "any different from the previous two votes."},
            {"nyt", "Mr. Obama’s transportation secretary, Ray LaHood, a former Republican congressman from Illinois, "
                    + "appeared with him at the Key Bridge"},
            {"nyt", "he spoke before an audience that included unemployed construction workers, whose industry is among "
                    + "the hardest hit by the housing bust."},
            {"nyt", "\"The American people are with me with this,\" Mr. Obama said."},
        };
        List<Claim> out = new ArrayList<>();
        for (int k = 0; k < rows.length; k++) {
            String text = rows[k][1];
            List<String> named = NAMES.stream().filter(e -> text.contains(e.name())
                    || e.aliases().stream().anyMatch(text::contains)).map(Entity::id).toList();
            out.add(claim("s" + k, rows[k][0], 30 + k, text, named, List.of()));
        }
        return out;
    }

    @Test
    void oneVerbOfTwoNamedBodiesIsTwoActs() {
        // the Senate prepares to take up part of the bill, the House declines to take it up: in the event 0.317
        // (containment 0.42 on "take up … jobs package"), over the link 0.28, and one shared row of two acts
        ClaimGrouper grouper = new ClaimGrouper();
        List<Claim> claims = new ArrayList<>(List.of(fox(), nyt()));
        claims.addAll(story());
        String why = grouper.explain(claims, NAMES, 0, 1);
        assertTrue(why.contains("one verb, two named doers"), why);
        ClaimGrouper.Grouping g = grouper.group(claims, NAMES);
        assertNotEquals(g.claims().get(0).group(), g.claims().get(1).group(), why);
    }

    @Test
    void onlyPeopleAndOrganisationsAreDoers() {
        // the seeds: a capital stands for its country, so "North Korea has sent … troops" and "Pyongyang sending
        // troops" may tell one act
        assertFalse(ClaimGrouper.otherDoer(List.<String[]>of("e70|send|troop|to e72".split("\\|", -1)),
                List.<String[]>of("e71|send|troop|for e73".split("\\|", -1)), ClaimGrouper.doers(NAMES)));
        assertTrue(ClaimGrouper.otherDoer(List.<String[]>of("e33|take up|portion|of bill".split("\\|", -1)),
                List.<String[]>of("e1|take up|package|".split("\\|", -1)), ClaimGrouper.doers(NAMES)));
        // one doer of one verb in both: no two acts, whatever else the claims say
        assertFalse(ClaimGrouper.otherDoer(List.of("e33|take up|portion|".split("\\|", -1),
                "e32|break|measure|".split("\\|", -1)), List.of("e33|take up|package|".split("\\|", -1),
                "e1|break|measure|".split("\\|", -1)), ClaimGrouper.doers(NAMES)));
        // a general verb says nothing of the act
        assertFalse(ClaimGrouper.otherDoer(List.<String[]>of("e33|take|vote|".split("\\|", -1)),
                List.<String[]>of("e1|take|vote|".split("\\|", -1)), ClaimGrouper.doers(NAMES)));
    }
}
