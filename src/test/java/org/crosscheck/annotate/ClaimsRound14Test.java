package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.crosscheck.ingest.RawDocument;
import org.junit.jupiter.api.Test;

/**
 * Claim boundaries from the teacher's reading of BASIL 2012_65cb14cb (Santorum's "phony theology") and a left-over of
 * 2010_df5fe55a (Summers and the tax deal): sentences as the outlets wrote them.
 */
class ClaimsRound14Test {
    private record Split(Doc doc, List<Clauses.Clause> clauses) {
        String speaker(int k) {
            int h = clauses.get(k).speakerHead();
            return h < 0 ? null : doc.toks.get(h).word;
        }

        String span(int k) {
            Clauses.Clause c = clauses.get(k);
            return doc.body.text().substring(doc.toks.get(c.from()).start, doc.toks.get(c.to() - 1).end);
        }
    }

    private static Split split(String sentence) {
        Doc d = CorpusBuilder.analyse(new RawDocument("t", "t.txt", sentence + "\n", List.of(), Map.of(), null));
        assertEquals(1, d.sents.size(), "one sentence: " + sentence);
        return new Split(d, Clauses.split(d, d.sents.get(0)));
    }

    @Test
    void aPastTenseConjunctInsideAPresentConditionIsTheMainClausesSecondVerb() {
        // Fox, 2010_df5fe55a: the parser makes "urged" a conjunct of "passes", inside the "if" clause
        Split s = split("Speaking to reporters at a joint appearance with Polish President Bronislaw Komorowski, "
                + "Obama said economists predict higher job growth in 2011 and 2012 if Congress passes the agreement "
                + "and urged lawmakers to examine the details of the deal and \"get this done.\"");
        assertEquals(2, s.clauses().size(), s.clauses().toString());
        assertEquals("economists predict higher job growth in 2011 and 2012", s.clauses().get(0).content());
        assertEquals("said", s.clauses().get(0).cue());
        assertEquals("Obama", s.speaker(0));
        Clauses.Clause urged = s.clauses().get(1);
        assertTrue(urged.content().startsWith("Obama urged lawmakers to examine the details of the deal"),
                urged.content());
        // the quoted words after the infinitive go on with it, not with the condition
        assertTrue(urged.content().contains("get this done"), urged.content());
        assertTrue(s.span(1).startsWith("urged lawmakers"), s.span(1));
    }

    @Test
    void aFrameBetweenCommasInsideTheClauseItReportsIsNoClaimOfItsOwn() {
        // Fox, 2012_65cb14cb: parsed with "continued" as the root, "That world view" as its second subject
        Split s = split("That world view, Santorum continued, suggests that man could harm the Earth by using the "
                + "resources available even while relying on claims that \"frankly are just not scientifically "
                + "proven, for example, the politicization of the whole global warming debate.\"");
        assertEquals(1, s.clauses().size(), s.clauses().toString());
        Clauses.Clause c = s.clauses().get(0);
        assertTrue(c.content().startsWith("That world view suggests that man could harm the Earth"), c.content());
        assertFalse(c.content().contains("continued"), c.content());
        assertEquals("continued", c.cue());
        assertEquals("Santorum", s.speaker(0));
    }

    @Test
    void anEllipticalMainClauseKeepsTheContrastThatGivesItsVerb() {
        // NYT, 2012_65cb14cb: "the factory school has not" asserts nothing without the "while" clause
        Split s = split("\u201CAnd while those factories as we all know in Ohio and Pennsylvania have fundamentally "
                + "changed, the factory school has not.\u201D");
        assertEquals(1, s.clauses().size(), s.clauses().toString());
        assertTrue(s.clauses().get(0).content().contains("have fundamentally changed"), s.clauses().get(0).content());
        assertTrue(s.clauses().get(0).content().endsWith("the factory school has not"), s.clauses().get(0).content());
    }

    @Test
    void aClauseWithTwoSubjectsAfterACommaIsANounInApposition() {
        // Fox, 2012_65cb14cb: "this idea that man is here …" parsed as a parataxis with "idea" and "man" subjects
        Split s = split("\"I was talking about energy, this idea that man is here to serve the Earth as opposed to "
                + "husband its resources and be good stewards of the Earth.");
        assertEquals(1, s.clauses().size(), s.clauses().toString());
        assertTrue(s.clauses().get(0).content().contains("energy, this idea that man is here to serve the Earth"),
                s.clauses().get(0).content());
    }

    @Test
    void aFrontedParticipialClauseIsNeitherAClaimNorPartOfTheReportedOne() {
        // NYT, BASIL 2013 (the surveillance programs): the participle stays in the frame's part of the sentence
        Split s = split("But in a statement, after denouncing the leak of the data to The Guardian and The Washington "
                + "Post, Mr. Clapper insisted it was \u201Cnot an undisclosed collection or data mining program.\u201D");
        assertEquals(1, s.clauses().size(), s.clauses().toString());
        assertEquals("it was not an undisclosed collection or data mining program", s.clauses().get(0).content());
        assertEquals("insisted", s.clauses().get(0).cue());
        assertEquals("Clapper", s.speaker(0));
        // NYT, 2012_65cb14cb: the question put to him stays with "did not back down"; the report after it is his
        Split asked = split("Asked whether he was suggesting that Mr. Obama lacked sympathy for the disabled, Mr. "
                + "Santorum did not back down, saying, \u201CI think the president has a very bad record on the issue "
                + "of abortion and children who are disabled.\u201D");
        assertEquals(2, asked.clauses().size(), asked.clauses().toString());
        assertTrue(asked.clauses().get(0).content().endsWith("Mr. Santorum did not back down"),
                asked.clauses().get(0).content());
        assertEquals("Santorum", asked.speaker(1));
        assertEquals("saying", asked.clauses().get(1).cue());
        assertTrue(asked.clauses().get(1).content().startsWith("the president has a very bad record"),
                asked.clauses().get(1).content());
    }

    @Test
    void anOpeningMarkHungOnTheLaterClauseOpensTheFirst() {
        // HuffPost, 2012_65cb14cb: the parser hangs the opening mark on the root "Christian" of "he's Christian";
        // that clause's span was the mark alone, and the claim's text "he … \""
        Split s = split("\u201CI've repeatedly said that I believe the president's Christian -- he says he's "
                + "Christian.");
        assertEquals(2, s.clauses().size(), s.clauses().toString());
        assertTrue(s.span(0).startsWith("\"I've repeatedly said that I believe the president's Christian"),
                s.span(0));
        assertEquals("I believe the president's Christian", s.clauses().get(0).content());
        assertEquals("he says he's Christian.", s.span(1));
        assertEquals("he's Christian", s.clauses().get(1).content());
    }
}
