package org.crosscheck.annotate;

import static org.crosscheck.annotate.GroupingFixtures.entity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.Test;

/**
 * Claim groups from the teacher's reading of BASIL 2012_29ffd053 (Georgetown faculty criticise Paul Ryan's budget
 * before his speech): sentences as the outlets wrote them.
 */
class ClaimsRound20Test {
    private static Claim claim(String id, String source, int sentence, String text, String content,
                               List<String> entities, List<String> roles) {
        return new Claim(id, source, text, 0, text.length(), sentence, null, entities, null, List.of(),
                ClaimFacts.numbers(text), null, null, content, null, roles);
    }

    private static final List<Entity> PEOPLE = List.of(entity("e3", "Paul Ryan", "PERSON", "Ryan", "Mr. Ryan"),
            entity("e4", "Georgetown University", "ORGANIZATION", "Georgetown"),
            entity("e10", "Washington", "LOCATION"), entity("e12", "GOP", "ORGANIZATION"),
            entity("e7", "Catholic", "RELIGION"), entity("e9", "Jesuit", "RELIGION"),
            entity("e11", "D.C.", "LOCATION"), entity("e16", "Christian Broadcasting Network", "ORGANIZATION"),
            entity("e45", "Notre Dame", "ORGANIZATION"), entity("e46", "Daniel Jenky", "PERSON", "Jenky"));

    private static final String FOX = "A group of nearly 90 professors and administrators connected to the "
            + "Jesuit-founded school in Washington, D.C., has sent Ryan, R-Wis., a letter saying he’s misused Catholic "
            + "doctrine to support his deficit-reducing, GOP House budget.";
    private static final String HPO = "WASHINGTON—Joining a chorus of Catholic bishops , theologians, priests, and "
            + "social justice leaders, nearly 90 Georgetown University faculty and administrators have called "
            + "Representative Paul Ryan (R-Wisc.) to task for his misuse of Catholic social teaching in defending his "
            + "budget, which hurts the poor.";
    private static final String NYT = "The latest criticism comes in a letter released Tuesday and signed by nearly 90 "
            + "faculty members and priests at Georgetown, the Jesuit university in Washington, in advance of Mr. Ryan’s "
            + "visit there on Thursday.";

    private static Claim fox() {
        return claim("f", "fox", 1, FOX, FOX, List.of("e9", "e10", "e11", "e3", "e7", "e12"),
                List.of("group|connect||to school", "|send|letter|"));
    }

    private static Claim hpo() {
        return claim("h", "hpo", 0, HPO, HPO, List.of("e7", "e4", "e3"),
                List.of("|join|chorus|of bishop", "|call|e3|for misuse;to task"));
    }

    private static Claim nyt() {
        return claim("n", "nyt", 1, NYT, NYT, List.of("e4", "e9", "e10", "e3"),
                List.of("criticism|come||in letter", "|sign||at e4;by member"));
    }

    /** The story's other sentences, each the claim of one source, so the terms weigh as in the event. */
    private static List<Claim> story() {
        String[][] rows = {
            {"fox", "GOP Rep. Paul Ryan is heading to Georgetown University for a speech Thursday morning, but not "
                    + "before an old-fashioned, Catholic school knuckle-rapping."},
            {"fox", "Ryan, since introducing the budget last month, has talked about the doctrine in several "
                    + "interviews including one a couple weeks ago on the Christian Broadcasting Network."},
            {"fox", "The writers acknowledge that the teaching indeed calls for local-level solutions to problems"},
            {"fox", "Georgetown's Public Policy Institute, which is hosting the upcoming Ryan lecture, said Wednesday "
                    + "the event is still scheduled for Thursday morning."},
            {"fox", "Ryan, who was raised on Social Security benefits after his father died, also on Fox News defended "
                    + "his budget against the conference"},
            {"hpo", "The group sent a letter to Rep. Ryan in advance of his appearance on the Catholic campus on "
                    + "Thursday morning to give the Whittington Lecture."},
            {"hpo", "In their letter to Ryan, the scholars make clear they are not objecting to his speaking on campus, "
                    + "but rather his recent comments defending his budget on Christian grounds."},
            {"hpo", "Reese is a senior fellow at the Woodstock Theological Center at Georgetown University."},
            {"hpo", "The Georgetown scholars pointed to the devastating impact of cuts in food programs that keep the "
                    + "poor from starvation."},
            {"hpo", "Signing the letter were over a dozen Georgetown Jesuit priests, numerous members of the Theology "
                    + "and other departments including History, Government, Philosophy, School of Foreign Service and "
                    + "School of Nursing & Health Studies."},
            {"nyt", "Mr. Ryan is to deliver the prestigious Whittington Lecture, named for an associate dean who was "
                    + "killed on the airplane that crashed into the Pentagon on Sept. 11, 2001."},
            {"nyt", "The pressure on Mr. Ryan is part of an effort by some Catholic leaders who are political "
                    + "independents, liberals and Democrats to make it clear that the Catholic church is not an arm of "
                    + "the Republican Party."},
            {"nyt", "Bishop Jenky has stood by his comments."},
            {"nyt", "The budget authored by Mr. Ryan, a rising star among conservatives, has given Catholic leaders an "
                    + "opportunity to distance the church from the Republican Party."},
            {"nyt", "In an interview this month on the Christian Broadcasting Network, Mr. Ryan claimed that his budget "
                    + "was consistent with Catholic moral teaching because it pushes the poor to become independent of "
                    + "government assistance."},
        };
        List<Claim> out = new java.util.ArrayList<>();
        for (int k = 0; k < rows.length; k++) {
            String text = rows[k][1];
            List<String> named = PEOPLE.stream().filter(e -> text.contains(e.name())
                    || e.aliases().stream().anyMatch(text::contains)).map(Entity::id).toList();
            out.add(claim("s" + k, rows[k][0], 10 + k, text, text, named, List.of()));
        }
        return out;
    }

    @Test
    void theFiguresOfAClaimWorthComparing() {
        assertEquals(Set.of("90"), ClaimGrouper.figures(ClaimFacts.numbers(FOX)));
        assertEquals(Set.of("90"), ClaimGrouper.figures(List.of("~90", "2")));
        // a vague number, a small count and a rate are no figure; a share and a sum are
        assertEquals(Set.of(), ClaimGrouper.figures(List.of("24..99 (dozens)", "3", "1500 at a time")));
        assertEquals(Set.of("68%", "3100000"), ClaimGrouper.figures(List.of("68%", ">=3100000")));
        assertEquals(Set.of("90"), ClaimGrouper.figures(NYT));
        // BASIL 2011_576116e5: Hutchison's plan (Fox) and a report's payroll tax (HuffPost) both keep Social Security
        // solvent "for 75 years", a horizon every plan is measured by, no count of one thing
        assertEquals(Set.of(), ClaimGrouper.figures("\"Those two things would keep our Social Security system solvent "
                + "for 75 years with really, I think, minor pain and a big gain,\" she told Fox News on Thursday."));
        assertEquals(Set.of("$6500000000000"), ClaimGrouper.figures("that $6.5 trillion in additional money will be "
                + "needed over a 75-year period to pay all scheduled benefits."));
        // a sum is no count (BASIL dev, two stories: "more than $10,000 into his campaign" / "more than 10,000 calls
        // and emails"); "9/11" is a date, "100 percent" all of a thing
        assertEquals(Set.of("$10000"), ClaimGrouper.figures("One, Diana Durand of Houston, was charged with illegally "
                + "funneling more than $10,000 into his campaign."));
        assertEquals(Set.of("10000"), ClaimGrouper.figures("Mr. Wilder, the governor’s spokesman, said Ms. Brewer’s "
                + "office had received more than 10,000 calls and emails on the matter as of Monday morning."));
        assertEquals(Set.of(), ClaimGrouper.figures("But Reid plans to file cloture this week on at least three "
                + "measures: the DREAM Act, collective bargaining for firefighters, and a 9/11 health bill."));
        assertEquals(Set.of(), ClaimGrouper.figures("\"I think it's important to recognize that you can't have 100 "
                + "percent security"));
    }

    @Test
    void outletsThatCountOneThingToOneFigureReportOneFact() {
        // nearly 90 professors / faculty / faculty members: three outlets' words for the signers of one letter; in
        // the event the HuffPost lead scored 0.277 against Fox's (the link is 0.28), the NYT's 0.223 and 0.192; here,
        // among the story's other sentences, 0.232 without the figure
        ClaimGrouper grouper = new ClaimGrouper();
        List<Claim> claims = new java.util.ArrayList<>(List.of(fox(), hpo(), nyt()));
        claims.addAll(story());
        String why = grouper.explain(claims, PEOPLE, 0, 1);
        assertTrue(why.contains("same figure"), why);
        ClaimGrouper.Grouping g = grouper.group(claims, PEOPLE);
        assertEquals(g.claims().get(0).group(), g.claims().get(1).group(), g.groups().toString());
        assertTrue(grouper.explain(claims, PEOPLE, 1, 2).contains("same figure"));
    }

    @Test
    void dozensAndNearlyNinetyAreNoOneFigure() {
        // the NYT's Notre Dame letter is another letter: "dozens" is vague, no figure to share with "nearly 90"
        String notreDame = "Dozens of faculty members at Notre Dame, also a Catholic university, sent a letter to the "
                + "president and chairman of the board of trustees last Friday asking them to rebuke Bishop Jenky’s "
                + "comments and seek his resignation from the board.";
        Claim nd = claim("d", "nyt", 7, notreDame, notreDame, List.of("e45", "e46"),
                List.of("member|send|letter|to president", "|ask||"));
        String why = new ClaimGrouper().explain(List.of(fox(), nd), PEOPLE, 0, 1);
        assertFalse(why.contains("same figure"), why);
    }
}
