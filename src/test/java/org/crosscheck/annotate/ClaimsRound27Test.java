package org.crosscheck.annotate;

import static org.crosscheck.annotate.GroupingFixtures.entity;
import static org.crosscheck.annotate.GroupingFixtures.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.Test;

/**
 * Claim groups from the twenty-fifth session's teacher reading of BASIL 2014_ee05c9b3 (Dave Brat defeats Eric
 * Cantor), sentences as the outlets wrote them, with the contents and roles the pipeline gives them.
 */
class ClaimsRound27Test {
    private static Claim claim(String id, String source, int sentence, String text, String content,
                               List<String> entities, List<String> roles) {
        return new Claim(id, source, text, 0, text.length(), sentence, null, entities, null, List.of(),
                ClaimFacts.numbers(text), null, null, content, null, roles, false);
    }

    private static final List<Entity> BRAT = List.of(entity("e3", "Eric Cantor", "PERSON", "Cantor"),
            entity("e9", "Dave Brat", "PERSON", "David Brat", "Brat"),
            entity("e28", "Republican Party", "ORGANIZATION", "Republicans", "Republican party", "Republican"),
            entity("e19", "Tea Party", "ORGANIZATION", "tea party"),
            entity("e18", "Laura Ingraham", "PERSON", "Ingraham"),
            entity("e8", "Virginia", "LOCATION"), entity("e63", "Henrico County", "LOCATION"),
            entity("e35", "Fox News", "ORGANIZATION"), entity("e2", "John A. Boehner", "PERSON", "Boehner"));

    private static List<String> named(String text) {
        return GroupingFixtures.named(BRAT, text);
    }

    /** Other claims of the event, so that the terms weigh as they do in the story. */
    private static List<Claim> bratStory() {
        String[][] rows = {
            {"fox", "House Majority Leader Eric Cantor was beaten Tuesday night by a political novice who is currently "
                    + "working as an economics professor at a small Virginia college."},
            {"fox", "The 49-year-old teaches at Randolph-Macon College, a small liberal arts school north of Richmond."},
            {"fox", "He raised just over $200,000 for his campaign"},
            {"fox", "Brat cast the congressman as a Washington insider who isn't conservative enough."},
            {"fox", "Last month, a feisty crowd of Brat supporters booed Cantor in front of his family at a local party "
                    + "convention."},
            {"fox", "Brat is married"},
            {"hpo", "Dave Brat celebrated his stunning victory over House Majority Leader Eric Cantor (R-Va.) for the "
                    + "Republican nomination on Tuesday night in a phone interview with Fox News' Sean Hannity."},
            {"hpo", "Cantor was expected to defeat Brat by a wide margin, outraising the college professor $5.4 million "
                    + "to $200,000."},
            {"hpo", "But Brat unseated the House majority leader with 56 percent of the vote."},
            {"hpo", "I've been a conservative my whole life"},
            {"nyt", "The result delivered a major jolt to the Republican Party"},
            {"nyt", "His defeat will reverberate in the capital"},
            {"nyt", "Republicans were so sure that Mr. Cantor would win that most party leaders had been watching for "
                    + "how broad his victory would be."},
            {"nyt", "Mr. Cantor was strongly opposed, for instance, to the so-called grand bargain negotiations on the "
                    + "budget between the speaker and President Obama."},
            {"nyt", "He kept a home in suburban Richmond"},
            {"nyt", "sent his children to school there"},
            {"nyt", "Many voters also perceived Mr. Cantor as ignoring district concerns as he sought to raise his "
                    + "national profile."},
            {"nyt", "Within the Republican Party, he was seen as a star"},
            {"nyt", "In the House, his relationship with Mr. Boehner reflected some of the larger tensions within the "
                    + "party."},
        };
        List<Claim> out = new ArrayList<>();
        for (int k = 0; k < rows.length; k++) {
            out.add(claim("s" + k, rows[k][0], 40 + k, rows[k][1], rows[k][1], named(rows[k][1]), List.of()));
        }
        return out;
    }

    @Test
    void pronounsDoNotMakeAShortClaimLongEnoughForContainment() {
        // Fox: "He also states on his website that he is active in his local Republican party" (content "he is
        // active in his local Republican party": five terms, two of them "he" and "his"), the NYT: "Mr. Cantor
        // received what amounted to a warning shot from local Republicans at a district convention last month …":
        // Brat's party work against Cantor's warning shot, two things; they share "local", the party and the pronouns
        String fox = "He also states on his website that he is active in his local Republican party";
        String nyt = "Mr. Cantor received what amounted to a warning shot from local Republicans at a district "
                + "convention last month in Henrico County, his political home base, when conservatives ousted one of "
                + "his loyalists as Republican chairman while he looked on.";
        List<Claim> claims = new ArrayList<>();
        claims.add(claim("active", "fox", 0, fox, "he is active in his local Republican party", List.of("e28"),
                List.of()));
        claims.add(claim("warning", "nyt", 0, nyt, nyt, named(nyt), List.of("e3|receive||")));
        claims.addAll(bratStory());
        ClaimGrouper grouper = new ClaimGrouper();
        String why = grouper.explain(claims, BRAT, 0, 1);
        assertTrue(score(why) < ClaimGrouper.LINK, why);
        ClaimGrouper.Grouping g = grouper.group(claims, BRAT);
        assertNotEquals(g.claims().get(0).group(), g.claims().get(1).group(), why);
    }

    @Test
    void namesAndAPrepositionAreNoSharedClaim() {
        // HuffPost: "Brat shied away from explicitly identifying as a tea party candidate", the NYT: "Mr. Brat had
        // little help from national groups that have funded other Tea Party challengers." Two things said of Brat and
        // the Tea Party; beside the two names they share only "from"
        String hpo = "Brat shied away from explicitly identifying as a tea party candidate";
        String nyt = "Mr. Brat had little help from national groups that have funded other Tea Party challengers.";
        List<Claim> claims = new ArrayList<>();
        claims.add(claim("shied", "hpo", 0, hpo, hpo, named(hpo), List.of("e9|shy||as candidate")));
        claims.add(claim("help", "nyt", 0, nyt, nyt, named(nyt), List.of("e9|have|help|from group")));
        claims.addAll(bratStory());
        ClaimGrouper grouper = new ClaimGrouper();
        String why = grouper.explain(claims, BRAT, 0, 1);
        assertTrue(score(why) < ClaimGrouper.LINK, why);
        ClaimGrouper.Grouping g = grouper.group(claims, BRAT);
        assertNotEquals(g.claims().get(0).group(), g.claims().get(1).group(), why);
    }

    private static final List<Entity> BREWER = List.of(entity("e4", "Jan Brewer", "PERSON", "Brewer"),
            entity("e1", "Republican", "ORGANIZATION", "Republicans"), entity("e13", "Super Bowl Committee", "ORGANIZATION"),
            entity("e14", "U.S.", "COUNTRY"), entity("e35", "Jeff Flake", "PERSON", "Flake"),
            entity("e36", "John McCain", "PERSON", "McCain"), entity("e2", "Arizona", "STATE_OR_PROVINCE"),
            entity("e10", "Legislature", "ORGANIZATION"), entity("e20", "Apple", "ORGANIZATION"));

    /** Other claims of BASIL 2014_58ed2376 (Brewer and SB 1062), so that the terms weigh as they do there. */
    private static List<Claim> brewerStory() {
        String[][] rows = {
            {"fox", "Prominent Republicans are calling for Ariz. Gov. Jan Brewer to veto a controversial bill that would "
                    + "allow businesses to deny service over religious beliefs."},
            {"fox", "The Arizona Legislature passed a bill last week allowing businesses whose owners cite sincerely "
                    + "held religious beliefs to deny service to gays."},
            {"fox", "The legislation has caused a national uproar."},
            {"fox", "Former GOP presidential nominee Mitt Romney was the latest prominent voice to weigh in and urge "
                    + "Brewer to veto the bill."},
            {"hpo", "The state legislature passed the bill, known as SB 1062, last week."},
            {"hpo", "But in recent days, it has come under intense criticism from activists, lawmakers and business "
                    + "interests both in Arizona and nationally."},
            {"hpo", "major corporations like Marriott, Apple and American Airlines all wrote to the governor and "
                    + "expressed their opposition."},
            {"hpo", "Businesses in the Phoenix area were also especially worried, with the Super Bowl set to be held in "
                    + "Glendale, Ariz. in 2015."},
            {"nyt", "Elected officials, civic leaders and business groups spoke out publicly against the measure, which "
                    + "passed both houses of the Legislature on Thursday."},
            {"nyt", "An executive from Apple Inc., which plans to build a big manufacturing plant in Mesa, called Ms. "
                    + "Brewer to urge a veto."},
            {"nyt", "The bill's remaining supporters took to the airwaves and the Internet to defend it."},
            {"nyt", "Ms. Brewer was in Washington on Monday but was scheduled to return Tuesday to Phoenix, where she "
                    + "will have until the end of the week to act on the bill."},
            {"nyt", "The religion bill comes as Arizona prepares to host the Super Bowl next year and struggles to "
                    + "regain its economic vitality."},
        };
        List<Claim> out = new ArrayList<>();
        for (int k = 0; k < rows.length; k++) {
            String text = rows[k][1];
            List<String> ids = BREWER.stream().filter(e -> text.contains(e.name())
                    || e.aliases().stream().anyMatch(text::contains)).map(Entity::id).toList();
            out.add(claim("b" + k, rows[k][0], 40 + k, text, text, ids, List.of()));
        }
        return out;
    }

    @Test
    void bothIsReadAsTwo() {
        // Fox: "… with the business community, the state's Super Bowl Committee and both Republican U.S. senators
        // calling for a veto", HuffPost: "The state's two Republican senators, Jeff Flake and John McCain, called on
        // Brewer to veto it": one fact, "both" senators are the "two"
        String fox = "The chorus of opposition has grown each day, with the business community, the state's Super "
                + "Bowl Committee and both Republican U.S. senators calling for a veto.";
        String hpo = "The state's two Republican senators, Jeff Flake and John McCain, called on Brewer to veto it";
        List<Claim> claims = new ArrayList<>();
        claims.add(claim("chorus", "fox", 0, fox, fox, List.of("e13", "e1", "e14"),
                List.of("chorus|grow||with community")));
        claims.add(claim("two", "hpo", 0, hpo, hpo, List.of("e1", "e35", "e36", "e4"),
                List.of("senator|call||", "e4|veto||")));
        claims.addAll(brewerStory());
        ClaimGrouper grouper = new ClaimGrouper();
        String why = grouper.explain(claims, BREWER, 0, 1);
        assertTrue(score(why) >= ClaimGrouper.LINK, why);
        ClaimGrouper.Grouping g = grouper.group(claims, BREWER);
        assertEquals(g.claims().get(0).group(), g.claims().get(1).group(), why);
    }
}
