package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.ingest.RawDocument;
import org.junit.jupiter.api.Test;

/**
 * Claim rows and groups from the twenty-second session's teacher reading (BASIL 2010_85475456, Blumenthal's words on
 * his Vietnam-era service) and the earlier leftovers it took up: sentences as the outlets wrote them.
 */
class ClaimsRound24Test {
    /** The roles of every claim of the sentence. */
    private static List<String> roles(String sentence) {
        Doc d = CorpusBuilder.analyse(new RawDocument("t", "t.txt", sentence + "\n", List.of(), Map.of(), null));
        List<String> out = new ArrayList<>();
        for (Doc.Sent s : d.sents) {
            for (Clauses.Clause c : Clauses.split(d, s)) {
                out.addAll(c.roles());
            }
        }
        return out;
    }

    @Test
    void aParticipleAfterWithDescribesItsNounAndHasNoRolesOfItsOwn() {
        // BASIL 2014_ed8c136f, Fox: the officials investigate; the sentence tells that Holder met them. With the
        // officials as the doer of "investigate the case", the claim met HuffPost's "the Justice Department would
        // thoroughly investigate the case" (two doers of one verb and object)
        List<String> met = roles("While in Ferguson, Holder met with federal officials investigating the case, as "
                + "well as Brown's parents.");
        assertFalse(met.stream().anyMatch(r -> r.contains("|investigate|")), met.toString());
        assertTrue(met.stream().anyMatch(r -> r.contains("|meet|")), met.toString());
        // an absolute clause opened by "with" tells what its subject does (BASIL 2011_576116e5, Fox)
        List<String> backing = roles("With AARP potentially backing off its opposition, other groups are poised to "
                + "take up the fight.");
        assertTrue(backing.stream().anyMatch(r -> r.contains("|back off|") || r.contains("|back|")), backing.toString());
        // a clause of its own with its verb and subject keeps its roles
        List<String> investigate = roles("The Justice Department would thoroughly investigate the case.");
        assertTrue(investigate.stream().anyMatch(r -> r.contains("|investigate|case|")), investigate.toString());
    }
}
