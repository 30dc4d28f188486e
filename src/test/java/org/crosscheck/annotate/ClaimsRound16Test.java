package org.crosscheck.annotate;

import static org.crosscheck.annotate.TestCorpora.split;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Claim boundaries from the teacher's reading of BASIL 2012_cad4bba5 (Obama and Boehner on the fiscal crisis):
 * sentences as the outlets wrote them.
 */
class ClaimsRound16Test {
    @Test
    void aConjunctWhoseVerbAgreesOnlyWithTheReportersSubjectIsTheReportersClause() {
        // Fox: the parser makes "has called" a conjunct of "shake", inside what the president argues, so that "fights
        // over the debt ceiling … has called for a de facto permanent increase"; "has" agrees with "The president"
        List<Clauses.Clause> c = split("The president argues that fights over the debt ceiling merely shake global "
                + "confidence in the country's ability to pay its bills, and as part of talks over the looming fiscal "
                + "crisis has called for a de facto permanent increase in the debt limit.");
        assertEquals(2, c.size(), c.toString());
        assertEquals("The president", c.get(1).subject(), c.get(1).toString());
        assertTrue(c.get(1).content().contains("has called for a de facto permanent increase"), c.get(1).content());
        assertEquals("argues", c.get(0).cue(), c.get(0).toString());
    }

    @Test
    void aConjunctThatAgreesWithTheComplementsSubjectStaysInIt() {
        // the NYT (2013_68748e7f style): "are" agrees with the complement's plural subject; nothing moves
        List<Clauses.Clause> c = split("Mr. Hutchinson said that armed officers reduce response times and are a "
                + "deterrent to attackers.");
        assertTrue(c.stream().allMatch(k -> k.subject() == null || !k.subject().equals("Mr. Hutchinson")
                || "said".equals(k.cue())), c.toString());
    }

    @Test
    void conjunctsAfterAFrontedConditionStayWithIt() {
        // the NYT: "maybe it puts us in a place …" was a claim of its own, without the "if" both conjuncts depend on
        List<Clauses.Clause> c = split("Mr. Corker, a member of the Banking Committee who had presented a "
                + "deficit-reduction plan of his own, said that if Republicans gave in to the president’s chief demand, "
                + "then “all of a sudden the shift goes back to entitlements, and maybe it puts us in a place where we "
                + "actually can do something that really saves the nation.”");
        assertEquals(1, c.size(), c.toString());
        assertTrue(c.get(0).content().contains("if Republicans gave in"), c.get(0).content());
        assertTrue(c.get(0).content().contains("maybe it puts us in a place"), c.get(0).content());
    }

    @Test
    void conjunctsWithNoConditionStillSplit() {
        // Fox: two clauses of one quotation, no condition
        List<Clauses.Clause> c = split("\"Republicans know that they have the debt ceiling that's coming up right "
                + "around the corner, and the leverage is going to shift, as soon as we get beyond this issue,\" Corker "
                + "said on \"Fox News Sunday.\"");
        assertEquals(2, c.size(), c.toString());
    }
}
