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
 * Claim groups from the lead's reading of BASIL 2014_ed8c136f (Holder in Ferguson): sentences as the outlets wrote
 * them.
 */
class ClaimsRound23Test {
    private static Claim claim(String id, String source, int sentence, String text, List<String> entities,
                               String predicate, List<String> roles) {
        return new Claim(id, source, text, 0, text.length(), sentence, null, entities, null, List.of(),
                ClaimFacts.numbers(text), null, null, text, predicate, roles);
    }

    private static final List<Entity> NAMES = List.of(entity("e1", "Eric Holder", "PERSON", "Holder"),
            entity("e2", "Justice Department", "ORGANIZATION"), entity("e3", "Ferguson", "CITY"),
            entity("e4", "Michael Brown", "PERSON", "Brown"));

    private static List<Claim> story() {
        String[][] rows = {
            {"fox", "Holder made the comments during a meeting with about 50 community leaders."},
            {"fox", "His cousin started mouthing off."},
            {"fox", "While in Ferguson, Holder met with federal officials investigating the case, as well as Brown's "
                    + "parents."},
            {"hpo", "Some people were told that they would be meeting with an official from the Justice Department."},
            {"hpo", "He is talking with Brown's parents and with members of the local congressional delegation."},
            {"nyt", "Mr. Holder's first stop was at a community college."},
        };
        List<Claim> out = new ArrayList<>();
        for (int k = 0; k < rows.length; k++) {
            String text = rows[k][1];
            List<String> named = NAMES.stream().filter(e -> text.contains(e.name())
                    || e.aliases().stream().anyMatch(text::contains)).map(Entity::id).toList();
            out.add(claim("s" + k, rows[k][0], 30 + k, text, named, null, List.of()));
        }
        return out;
    }

    @Test
    void aClaimOfNothingButTheProtagonistsNameGroupsWithNothing() {
        // Fox "Holder urged him to be quiet." and HuffPost "… but not that it was Holder." were one group
        // (cosine 0.30, entities 0.50): the second predicates Holder and holds nothing else
        List<Claim> claims = new ArrayList<>();
        claims.add(claim("urged", "fox", 0, "Holder urged him to be quiet.", List.of("e1"), null,
                List.of("e1|urge||")));
        claims.add(claim("was", "hpo", 0, "that it was Holder.", List.of("e1"), "Holder", List.of()));
        claims.addAll(story());
        ClaimGrouper grouper = new ClaimGrouper();
        String why = grouper.explain(claims, NAMES, 0, 1);
        assertTrue(why.contains("names only"), why);
        ClaimGrouper.Grouping g = grouper.group(claims, NAMES);
        assertNotEquals(g.claims().get(0).group(), g.claims().get(1).group(), why);
        // a claim that predicates a name and says something beside it still counts it ("The nominee is Holder")
        List<Claim> nominee = new ArrayList<>();
        nominee.add(claim("named", "fox", 0, "Obama named Holder.", List.of("e1"), null, List.of()));
        nominee.add(claim("is", "hpo", 0, "The nominee is Holder.", List.of("e1"), "Holder", List.of()));
        nominee.addAll(story());
        String named = grouper.explain(nominee, NAMES, 0, 1);
        assertFalse(named.contains("names only"), named);
    }
}
