package org.crosscheck.annotate;

import static org.crosscheck.annotate.TestCorpora.claims;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Round 17b: claim rows and quote rows the lead found wrong after round 17; each sentence is the outlet's own. */
class OtherStoryQuotesRound17bTest {

    @Test
    void verbsJoinedByOrWithOneSubjectAreOneClaim() {
        // BBC politics 294: two claims "… could seriously disrupt" and "… close government departments …"
        List<String[]> rows = claims("A stoppage involving civil servants, in particular, could seriously disrupt "
                + "or close government departments, agencies and museums, he said.");
        assertEquals(1, rows.size(), rows.stream().map(r -> String.join(" | ", r)).toList().toString());
        assertTrue(rows.get(0)[0].contains("could seriously disrupt or close government departments"), rows.get(0)[0]);
        assertEquals("said", rows.get(0)[1]);
    }

    @Test
    void aQuotedQuestionAskedIsWhatIsAskedNotTheOneAsked(@TempDir Path dir) throws IOException {
        // Fox BASIL 2013_84678e18: a row "her" (the one asked), cue "asked", beside the quotation
        Corpus corpus = TestCorpora.build(dir, "irs", Map.of("fox.txt", "Lerner\n\n"
                + "Rep. Joseph Crowley, D-N.Y., asked her if she could \"comment briefly on the status on the IRS "
                + "investigation into these political not-for-profits.\"\n"));
        List<Quote> rows = TestCorpora.quotes(corpus, "fox", "");
        assertTrue(rows.stream().noneMatch(q -> q.text().equals("her")), rows.toString());
        assertTrue(rows.stream().anyMatch(q -> "asked".equals(q.cue()) && q.text().contains("comment briefly")),
                rows.toString());
    }
}
