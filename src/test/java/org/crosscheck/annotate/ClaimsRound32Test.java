package org.crosscheck.annotate;

import static org.crosscheck.annotate.GroupingFixtures.entity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.Test;

/**
 * Claim groups from the twenty-seventh session's follow-up on the tuning labels: BASIL 2012_65cb14cb (Rick Santorum
 * defends his comments on Obama), sentences as the outlets wrote them.
 */
class ClaimsRound32Test {
    private static Claim claim(String id, String source, int sentence, String text, List<String> entities) {
        return new Claim(id, source, text, 0, text.length(), sentence, null, entities, null, List.of(),
                ClaimFacts.numbers(text), null, null, text, null, List.of(), false);
    }

    private static final List<Entity> SANTORUM = List.of(
            entity("e1", "Rick Santorum", "PERSON", "Santorum"),
            entity("e2", "Barack Obama", "PERSON", "Obama"),
            entity("e5", "Earth", "LOCATION"),
            entity("e7", "Bible", "MISC"),
            entity("e8", "Bob Schieffer", "PERSON", "Schieffer"));

    private static List<String> named(String text) {
        return GroupingFixtures.named(SANTORUM, text);
    }

    @Test
    void aWordWrittenPlainInOneOutletIsTheNameAnotherGivesIt() {
        // Fox writes "the Earth" (an entity), HuffPost "the earth" (a plain word): the one content word the two
        // share was two different terms (here 0.44 without it, 0.75 with it; in the event, beside the story's other
        // claims, the pair stayed apart)
        String fox = "but we're not here to serve the Earth";
        String hpo = "We're not here to serve the earth";
        String[][] rows = {
            {"fox", "I wasn't suggesting the president's not a Christian."},
            {"fox", "I was talking about the radical environmentalist"},
            {"fox", "I was talking about energy, this idea that man is here to serve the Earth as opposed to husband "
                    + "its resources and be good stewards of the Earth."},
            {"fox", "I don't believe that that's what we're here to do."},
            {"fox", "That man is here to use the resources and use them wisely, to care for the Earth"},
            {"fox", "The Earth is not the objective."},
            {"fox", "And I think a lot of radical environmentalists have it upside down"},
            {"hpo", "I've repeatedly said I don't question the president's faith"},
            {"hpo", "It's about some phony ideal, some phony theology."},
            {"hpo", "Oh, not a theology based on the Bible."},
            {"hpo", "That is not the objective, man is the objective"},
            {"hpo", "I don't believe that's what we're here to do"},
            {"nyt", "I can't help but think that those remarks are well over the line."},
            {"nyt", "It's about some phony ideal, some phony theology."},
        };
        List<Claim> claims = new ArrayList<>();
        claims.add(claim("fox-earth", "fox", 0, fox, named(fox)));
        claims.add(claim("hpo-earth", "hpo", 0, hpo, named(hpo)));
        for (int k = 0; k < rows.length; k++) {
            claims.add(claim("s" + k, rows[k][0], 10 + k, rows[k][1], named(rows[k][1])));
        }
        ClaimGrouper grouper = new ClaimGrouper();
        ClaimGrouper.Grouping g = grouper.group(claims, SANTORUM);
        String why = grouper.explain(claims, SANTORUM, 0, 1);
        int shared = why.indexOf("shared [");
        assertTrue(shared >= 0 && why.substring(shared, why.indexOf(']', shared)).contains("ent5"), why);
        assertEquals(g.claims().get(0).group(), g.claims().get(1).group(), why);
    }
}
