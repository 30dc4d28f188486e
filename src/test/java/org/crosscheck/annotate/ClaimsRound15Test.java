package org.crosscheck.annotate;

import static org.crosscheck.annotate.TestCorpora.split;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Claim boundaries from the teacher's reading of BASIL 2013_68748e7f (the N.R.A.'s school-safety task force):
 * sentences as the outlets wrote them.
 */
class ClaimsRound15Test {
    @Test
    void aBareInfinitiveCoordinatedWithAPastVerbGoesOnWithTheInfinitiveBeforeIt() {
        // NYT: the parser makes "saturate" and "turn" conjuncts of "criticized", so that Edelman "saturate[s] our
        // schools with more guns" and "turn[s] them into armed fortresses"
        List<Clauses.Clause> c = split("Marian Wright Edelman, president of the Children’s Defense Fund, an advocacy "
                + "group here, criticized the study as “nothing more than a continuation of the N.R.A.’s attempts to "
                + "prey on America’s fears, saturate our schools with more guns and turn them into armed fortresses.”");
        assertEquals(1, c.size(), c.toString());
        assertTrue(c.get(0).content().contains("and turn them into armed fortresses"), c.get(0).content());
    }

    @Test
    void aGerundCoordinatedWithAPastVerbGoesOnWithTheGerundBeforeIt() {
        // Fox: "rejecting" is made a conjunct of "took"; the NRA took criticism for rejecting, it did not reject
        List<Clauses.Clause> c = split("The NRA initially took criticism from Democrats for focusing so closely on "
                + "school security, and rejecting gun control measures, following the Connecticut shooting in which "
                + "26 people were killed.");
        assertEquals(1, c.size(), c.toString());
        assertTrue(c.get(0).content().contains("and rejecting gun control measures"), c.get(0).content());
    }

    @Test
    void aParticipleAfterAPredicateAdjectiveIsTheSamePredicate() {
        // Fox, LaPierre: "involved and invested in a plan" is one predicate of "The only way …"
        List<Clauses.Clause> c = split("“The only way to stop a monster from killing our kids is to be permanently "
                + "involved and invested in a plan of absolute protection.”");
        assertEquals(1, c.size(), c.toString());
        assertTrue(c.get(0).content().contains("involved and invested in a plan"), c.get(0).content());
    }

    @Test
    void participlesJoinedByCommasAloneModifyTheNounBeforeThem() {
        // HuffPost: the task force is called the School Shield Program and led by Hutchinson, not the report
        List<Clauses.Clause> c = split("The report was prepared by a 12-person task force, called the School Shield "
                + "Program, led by Hutchinson.");
        assertEquals(1, c.size(), c.toString());
        assertTrue(c.get(0).content().endsWith("called the School Shield Program, led by Hutchinson"),
                c.get(0).content());
    }

    @Test
    void aVerbWithItsConjunctionStillSplits() {
        // Fox: "acknowledged", with "but", is a second clause of "he", Hutchinson
        List<Clauses.Clause> c = split("Former Arkansas Rep. Asa Hutchinson, who led the NRA's review, appeared to "
                + "ease off slightly on the call for armed officers in every school -- he said it's \"important\" for "
                + "every school to have at least one, but acknowledged these decisions are \"locally made\" based on "
                + "unique budget circumstances.");
        assertTrue(c.stream().anyMatch(k -> "acknowledged".equals(k.cue())
                && k.content().startsWith("these decisions are locally made")), c.toString());
    }
}
