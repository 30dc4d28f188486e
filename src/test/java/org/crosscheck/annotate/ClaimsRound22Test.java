package org.crosscheck.annotate;

import static org.crosscheck.annotate.GroupingFixtures.entity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.Test;

/**
 * Claim groups from the teacher's reading of BASIL 2010_45bd61bc (Reid breaks with Obama over the proposed mosque
 * near Ground Zero): sentences as the outlets wrote them, with the roles the dependency tree gives them.
 */
class ClaimsRound22Test {
    private static Claim claim(String id, String source, int sentence, String text, List<String> entities,
                               List<String> roles) {
        return new Claim(id, source, text, 0, text.length(), sentence, null, entities, null, List.of(),
                ClaimFacts.numbers(text), null, null, text, null, roles);
    }

    private static final List<Entity> NAMES = List.of(entity("e1", "Senate", "ORGANIZATION"),
            entity("e3", "Harry Reid", "PERSON", "Reid", "Mr. Reid"),
            entity("e5", "Barack Obama", "PERSON", "Obama", "Mr. Obama"),
            entity("e7", "Ground Zero", "LOCATION"), entity("e8", "Islamic", "RELIGION"),
            entity("e11", "Republicans", "ORGANIZATION"), entity("e23", "Democrats", "ORGANIZATION"));

    private static final String LEAD = "Senate Majority Leader Harry Reid broke with President Obama Monday over the "
            + "proposed mosque near Ground Zero, saying the controversial Islamic center should be built elsewhere.";
    private static final String QUOTE = "Harry Reid … thinks that the mosque should be built someplace else.\"";

    /** The story's other sentences, each the claim of one source, so the terms weigh as in the event. */
    private static List<Claim> story() {
        String[][] rows = {
            {"fox", "Reid's comments added another high-profile voice to the mosque controversy."},
            {"fox", "The White House claimed Monday that politics were not at play in Obama's decision to dive into the "
                    + "controversy over a planned mosque near Ground Zero."},
            {"fox", "Supporters of the mosque and cultural center in lower Manhattan say its development should stand as "
                    + "a testament to religious tolerance in America."},
            {"fox", "Most Americans think the group planning the mosque and Islamic cultural center has the right to "
                    + "build it, according to a Fox News poll released Friday."},
            {"hpo", "By Saturday, the president clarified that he was not speaking about the \"wisdom\" of the Islamic "
                    + "cultural center per se, just the right of the group to build the Cordoba House in downtown "
                    + "Manhattan."},
            {"hpo", "And on Monday the highest-ranking Democrat in the Senate officially came out against construction "
                    + "of the mosque in its current location"},
            {"nyt", "That separates Mr. Reid from President Obama's support of the developers' right to build the "
                    + "center."},
            {"nyt", "The planned community center, perhaps 15 stories tall, would be built in three adjacent buildings "
                    + "two blocks north of ground zero"},
            {"nyt", "There's no reason for us to accept a mosque next to the World Trade Center.\""},
            {"nyt", "Two mosques, founded in 1970 and 1985, are already within several blocks of the proposed center."},
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
    void anotherPlaceInTwoWordsIsElsewhere() {
        Map<String, Entity> none = Map.of();
        assertEquals("the mosque should be built elsewhere.",
                ClaimGrouper.comparable(claim("a", "x", 0, "the mosque should be built someplace else.", List.of(),
                        List.of()), none));
        assertEquals("they should look elsewhere, or elsewhere",
                ClaimGrouper.comparable(claim("a", "x", 0, "they should look somewhere else, or some other place",
                        List.of(), List.of()), none));
        // "somebody else" is another person, and "someplace elsewhere" no phrase of two words
        assertEquals("somebody else should build it", ClaimGrouper.comparable(claim("a", "x", 0,
                "somebody else should build it", List.of(), List.of()), none));
    }

    @Test
    void theLeadThatSaysElsewhereJoinsTheQuotationThatSaysSomeplaceElse() {
        // Fox's lead tells Reid's statement in its own words; the three outlets quote it ("Sen. Reid respects that
        // but thinks that the mosque should be built someplace else"): in the event 0.266 before, 0.313 after
        List<Claim> claims = new ArrayList<>();
        claims.add(claim("lead", "fox", 0, LEAD, List.of("e1", "e3", "e5", "e7", "e8"),
                List.of("e3|break||over mosque;with e5", "|build|center|")));
        claims.add(claim("qf", "fox", 3, QUOTE, List.of("e3"), List.of("|build|someplace|")));
        claims.add(claim("qh", "hpo", 3, QUOTE, List.of("e3"), List.of("|build|someplace|")));
        claims.add(claim("qn", "nyt", 2, QUOTE, List.of("e3"), List.of("|build|someplace|")));
        claims.addAll(story());
        ClaimGrouper grouper = new ClaimGrouper();
        String why = grouper.explain(claims, NAMES, 0, 2);
        assertTrue(why.contains("elsewher ("), why);
        ClaimGrouper.Grouping g = grouper.group(claims, NAMES);
        String group = g.claims().get(2).group();
        assertEquals(group, g.claims().get(0).group(), why);
        assertEquals(group, g.claims().get(3).group(), why);
        // the other sentences about where the center is built stay apart
        for (int k = 4; k < claims.size(); k++) {
            assertFalse(group.equals(g.claims().get(k).group()), g.claims().get(k).text());
        }
    }
}
