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
 * Claim groups from the twenty-fifth session's follow-up on four BBC reports of one row (BBC politics 075, 154, 186,
 * 232: the London mayor's remark to a Jewish reporter), sentences as the outlets wrote them, with the contents,
 * speakers and roles the pipeline gives them.
 */
class ClaimsRound28Test {
    private static Claim claim(String id, String source, String text, String speaker, String content,
                               List<String> entities, List<String> roles) {
        return new Claim(id, source, text, 0, text.length(), 0, null, entities, speaker, List.of(),
                ClaimFacts.numbers(text), null, null, content, null, roles, false);
    }

    private static final List<Entity> ROW = List.of(
            entity("e1", "Ken Livingstone", "PERSON", "Livingstone", "Mr Livingstone", "Ken"),
            entity("e2", "Nazi", "IDEOLOGY"), entity("e3", "Jewish", "RELIGION"), entity("e4", "reporter", "TITLE"),
            entity("e5", "Tory", "ORGANIZATION"), entity("e6", "Boris Johnson", "PERSON", "Johnson", "Mr Johnson"),
            entity("e7", "Tony Blair", "PERSON", "Blair"), entity("e8", "London", "CITY"),
            entity("e9", "mayor", "TITLE", "Mayor"), entity("e10", "Evening", "TIME"),
            entity("e13", "Labour Party", "ORGANIZATION", "Labour"),
            entity("e48", "Oliver Finegold", "PERSON", "Finegold"), entity("e55", "20th anniversary", "DATE"),
            entity("e56", "Culture Secretary", "TITLE"), entity("e57", "Chris Smith", "PERSON"),
            entity("e58", "Britain", "COUNTRY"), entity("e59", "first", "ORDINAL"),
            entity("e70", "Nicky Gavron", "PERSON", "Gavron"), entity("e71", "BBC", "ORGANIZATION"));

    private static List<String> named(String text) {
        return GroupingFixtures.named(ROW, text);
    }

    /** Other claims of the four reports, so that the terms weigh as they do in the story. */
    private static List<Claim> story() {
        String[][] rows = {
            {"075", "Mr Johnson also claimed Tony Blair's intervention in the row was an attempt to reassure Jewish "
                    + "voters"},
            {"075", "his comments may have been offensive"},
            {"075", "Mr Blair should butt out of the row"},
            {"075", "The article in the magazine suggested grieving Liverpudlians were wallowing in their victim "
                    + "status"},
            {"075", "here's old Ken he's been crass, he's been insensitive and thuggish and brutal in his language"},
            {"154", "he refused to apologise"},
            {"154", "his comments would not affect the 2012 Olympic bid"},
            {"154", "he would be making a full written response to the chairman of the assembly"},
            {"154", "An official complaint demanding an investigation by the Standards Board of England"},
            {"154", "actually you are just like a concentration camp guard, you are just doing it because you are "
                    + "paid to"},
            {"186", "it's a matter of sadness that we are not seeing that from the Labour Party"},
            {"186", "On tape Mr Livingstone, who once worked as a freelance restaurant critic on the paper, is heard "
                    + "asking Mr Finegold if he is a \"German war criminal\""},
            {"186", "his comments were not racist"},
            {"186", "An official complaint demanding an investigation by the Standards Board of England"},
            {"232", "The probe follows the London mayor's comments to a Jewish journalist comparing him to a "
                    + "concentration camp guard, after a party about a week ago"},
            {"232", "A complaint was made to the body by the Board of Deputies of British Jews and the Commission for "
                    + "Racial Equality"},
            {"232", "Mr Livingstone's comments were inappropriate"},
        };
        List<Claim> out = new ArrayList<>();
        for (int k = 0; k < rows.length; k++) {
            out.add(claim("s" + k, rows[k][0], rows[k][1], null, rows[k][1], named(rows[k][1]), List.of()));
        }
        return out;
    }

    private static void apart(List<Claim> claims) {
        claims.addAll(story());
        ClaimGrouper grouper = new ClaimGrouper();
        String why = grouper.explain(claims, ROW, 0, 1);
        assertTrue(score(why) < ClaimGrouper.LINK, why);
        ClaimGrouper.Grouping g = grouper.group(claims, ROW);
        assertNotEquals(g.claims().get(0).group(), g.claims().get(1).group(), why);
    }

    @Test
    void aQuotationIsNotContainedInNarration() {
        // 075: Johnson's words "It's a dispute between Ken Livingstone and a reporter on the Evening Standard.", 186:
        // "The row blew up after Mr Livingstone was approached by Evening Standard reporter Oliver Finegold …". The
        // quotation's six terms are short enough for containment, and four of them are in the narration (Livingstone,
        // "reporter" and the split "Evening Standard"): an opinion quoted whole and an account of the events
        String quote = "\"It's a dispute between Ken Livingstone and a reporter on the Evening Standard.\"";
        String row = "The row blew up after Mr Livingstone was approached by Evening Standard reporter Oliver Finegold "
                + "following a party marking the 20th anniversary of former Culture Secretary Chris Smith coming out "
                + "as Britain's first gay MP.";
        List<Claim> claims = new ArrayList<>();
        claims.add(claim("dispute", "075", quote, null,
                "It's a dispute between Ken Livingstone and a reporter on the Evening Standard", List.of("e1", "e4",
                        "e10"), List.of()));
        claims.add(claim("blew", "186", row, null, row.substring(0, row.length() - 1),
                List.of("e1", "e10", "e4", "e48", "e55", "e56", "e57", "e58", "e59"), List.of("row|blow up||", "e48|approach|e1|following party")));
        apart(claims);
    }

    @Test
    void twoNamedPeopleOfOppositeStancesAreTwoClaims() {
        // 075: "Ken Livingstone should … not apologise for his "Nazi" comment to a Jewish reporter, Tory MP Boris
        // Johnson has insisted." (the report is given to Livingstone, its cue "apologise for"), 186: "Tony Blair has
        // urged London mayor Ken Livingstone to apologise for his "Nazi" comment to a Jewish reporter." Two named
        // people, one against an apology and one for it; the same roles of "apologise" once denied, once urged
        String johnson = "not apologise for his \"Nazi\" comment to a Jewish reporter, Tory MP Boris Johnson has "
                + "insisted.";
        String blair = "Tony Blair has urged London mayor Ken Livingstone to apologise for his \"Nazi\" comment to a "
                + "Jewish reporter.";
        List<Claim> claims = new ArrayList<>();
        claims.add(claim("johnson", "075", johnson, "Ken Livingstone", "Ken Livingstone not apologise for his \"Nazi\" "
                + "comment to a Jewish reporter, Tory MP Boris Johnson", List.of("e1", "e2", "e3", "e4", "e5", "e6"),
                List.of("e1|apologise||for comment")));
        claims.add(claim("blair", "186", blair, "Tony Blair", blair.substring(0, blair.length() - 1),
                List.of("e7", "e8", "e9", "e1", "e2", "e3", "e4"), List.of("e7|urge|e1|", "e1|apologise||for comment")));
        apart(claims);
    }
}
