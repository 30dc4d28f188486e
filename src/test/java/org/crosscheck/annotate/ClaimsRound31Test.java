package org.crosscheck.annotate;

import static org.crosscheck.annotate.GroupingFixtures.entity;
import static org.crosscheck.annotate.GroupingFixtures.score;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.Test;

/**
 * Claim groups from the twenty-seventh session's teacher reading of BASIL 2014_c99adbdd (Raúl Labrador enters the
 * race for House majority leader), sentences as the outlets wrote them, with the contents and roles the pipeline
 * gives them.
 */
class ClaimsRound31Test {
    private static Claim claim(String id, String source, int sentence, String text, String content, String subject,
                               List<String> entities, List<String> roles) {
        return new Claim(id, source, text, 0, text.length(), sentence, null, entities, null, List.of(),
                ClaimFacts.numbers(text), subject, null, content, null, roles, false);
    }

    private static final List<Entity> LABRADOR = List.of(
            entity("e2", "Republicans", "ORGANIZATION", "Republican", "GOP"),
            entity("e6", "Raul Labrador", "PERSON", "Labrador", "Raúl Labrador", "Raúl R. Labrador"),
            entity("e8", "Kevin McCarthy", "PERSON", "McCarthy"),
            entity("e9", "House", "ORGANIZATION"),
            entity("e19", "Eric Cantor", "PERSON", "Cantor"),
            entity("e39", "House Speaker", "TITLE", "Speaker"),
            entity("e40", "John Boehner", "PERSON", "Boehner", "John A. Boehner"),
            entity("e41", "Ohio", "STATE_OR_PROVINCE"));

    private static List<String> named(String text) {
        return GroupingFixtures.named(LABRADOR, text);
    }

    /** Other claims of the event, so that the terms weigh as they do in the story. */
    private static List<Claim> labradorStory() {
        String[][] rows = {
            {"fox", "Labrador, of Idaho, would be the Tea Party alternative to McCarthy, who is the whip and is favored "
                    + "by establishment Republicans."},
            {"fox", "And it upends the June 19 voting by the House Republicans for majority leader."},
            {"fox", "He has said he will not back a version of the Senate reform bill"},
            {"fox", "He also supports expanding foreign worker visa programs."},
            {"fox", "Some lawmakers pressed Labrador to run, according to several published reports that quoted "
                    + "unnamed sources."},
            {"hpo", "It's a long shot bid."},
            {"hpo", "In his current role as whip, McCarthy's job is to round up votes from other Republicans."},
            {"hpo", "The former immigration attorney stepped forward to run after a number of other conservative "
                    + "House Republicans declined to."},
            {"hpo", "There is always a chance that grassroots fervor in support of Labrador could gain a level of "
                    + "intensity that Boehner and McCarthy did not anticipate."},
            {"hpo", "Labrador is an ambitious, sometimes savvy politician."},
            {"nyt", "Conservative Republicans in the House pleaded Friday for a delay in the voting."},
            {"nyt", "For his part, Mr. Boehner has remained firm that he wanted to get it done quickly and minimize "
                    + "disruption."},
            {"nyt", "McCarthy supporters predicted that Mr. Labrador would muster no more than a few dozen votes."},
            {"nyt", "Mr. Labrador tried on Friday to at least engage the Republican conference in a debate over "
                    + "ideas."},
            {"nyt", "Mr. Amash, after all, voted last year to make him speaker of the House."},
        };
        List<Claim> out = new ArrayList<>();
        for (int k = 0; k < rows.length; k++) {
            out.add(claim("s" + k, rows[k][0], 40 + k, rows[k][1], rows[k][1], null, named(rows[k][1]), List.of()));
        }
        return out;
    }

    @Test
    void aTitleAndTheFrameBesideSharedNamesAreNoSharedWords() {
        // Fox: Labrador's criticism of the Speaker; the NYT: McCarthy's preparing to move up should the Speaker
        // retire. Beside Boehner and Ohio they shared only "has", "been" and the title "Speaker" written before the
        // name (0.30, one group): two claims about the Speaker, not one claim.
        String fox = "Labrador has not been shy about criticizing House Speaker John Boehner of Ohio";
        String nyt = "Mr. McCarthy has been preparing for months to move up from No. 3 in the Republican leadership to "
                + "No. 2 in the event that Speaker John A. Boehner of Ohio would retire after the November elections.";
        List<Claim> claims = new ArrayList<>();
        claims.add(claim("shy", "fox", 0, fox, fox, "Labrador", List.of("e6", "e39", "e40", "e41"), List.of()));
        claims.add(claim("retire", "nyt", 0, nyt, nyt.substring(0, nyt.length() - 1), "Mr. McCarthy",
                List.of("e8", "e2", "e39", "e40", "e41"),
                List.of("e8|prepare||", "e8|move||", "e40|retire||after election")));
        claims.addAll(labradorStory());
        ClaimGrouper grouper = new ClaimGrouper();
        ClaimGrouper.Grouping g = grouper.group(claims, LABRADOR);
        assertNotEquals(g.claims().get(0).group(), g.claims().get(1).group(), grouper.explain(claims, LABRADOR, 0, 1));
    }

    @Test
    void theTitleBeforeANameIsFound() throws Exception {
        try (var analyzer = new org.apache.lucene.analysis.en.EnglishAnalyzer()) {
            assertTrue(ClaimGrouper.titlesBeforeNames("ent6 has not been shy about criticizing House Speaker ent40 of "
                    + "ent41", analyzer).contains("speaker"));
            // the first word of a content is left alone (it may be a sentence's subject)
            assertFalse(ClaimGrouper.titlesBeforeNames("Speaker ent40 said", analyzer).contains("speaker"));
        }
    }

    @Test
    void noBeforeANumberIsNoNegation() {
        // HuffPost: "… said Friday he would run for the No. 2 job in the chamber." read as a denial, which took 0.10
        // off its score with every other report of his bid
        assertFalse(ClaimGrouper.NEGATED.matcher("he would run for the No. 2 job in the chamber").find());
        assertFalse(ClaimGrouper.NEGATED.matcher("to move up from No. 3 in the Republican leadership to No.2").find());
        assertTrue(ClaimGrouper.NEGATED.matcher("There is no. Not this year.").find());
        assertTrue(ClaimGrouper.NEGATED.matcher("He said no deal was offered.").find());
    }
}
