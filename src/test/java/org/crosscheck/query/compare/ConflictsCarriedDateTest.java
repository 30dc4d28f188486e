package org.crosscheck.query.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The day of one House vote (BASIL dev event 2011_2153fb3e): Fox gives it in one sentence and the vote's count in the
 * next ("The House resolution on the national motto passed Tuesday … | It passed in a 396-9 vote."), HuffPost both in
 * one ("On Wednesday, the House voted 396-9 on a bill …"). The pronoun's sentence goes on telling of the act the one
 * before dates, and the count both give names one vote in two verbs.
 */
class ConflictsCarriedDateTest {
    static final Path EVENT = Path.of("..", "shared", "corpora", "basil-dev", "2011_2153fb3e-6b09-410c-bfea-d095c49a54ba");

    @TempDir
    Path tmp;

    private static final String PASSED = "The House resolution on the national motto passed Tuesday was introduced by "
            + "Rep. Randy Forbes, R-Va., and considered under an expedited floor procedure.";
    private static final String FOX = "%s It passed in a 396-9 vote.\n\nAfter the vote, Rep. "
            + "Bobby Scott, D-Va., one of the nine lawmakers to vote against the resolution, said the nation faces bigger "
            + "problems, such as the economy, failing public schools and poverty.";
    private static final String HPO = "On Wednesday, the House voted 396-9 on a bill that reaffirmed the motto and "
            + "encouraged its display in all public schools and government buildings.\n\nThe bill's sponsor, Rep. Randy "
            + "Forbes (R-Va.) had argued that some people, including Obama, needed to be reminded of the motto.";

    private List<List<String>> story(String name, String fox, String hpo) throws IOException {
        Path corpus = tmp.resolve(name);
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("fox.txt"), fox + "\n");
        Files.writeString(corpus.resolve("hpo.txt"), hpo + "\n");
        return ConflictRows.of(corpus, tmp.resolve("index-" + name), 0, 1, 2);
    }

    @Test
    void theDayOfTheVoteOnTheRealEvent() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(EVENT), "no " + EVENT + ": skipping");
        List<List<String>> rows = ConflictRows.of(EVENT, tmp.resolve("index"), 0, 1, 2);
        String topic = "date of: The House resolution on the national motto passed Tuesday was …";
        assertEquals(Set.of(List.of(topic, "fox", "Tuesday"), List.of(topic, "hpo", "Wednesday")), Set.copyOf(rows),
                rows.toString());
        assertEquals(2, rows.size(), rows.toString());
    }

    @Test
    void thePronounsSentenceTakesTheDateOfTheOneBefore() throws IOException {
        List<List<String>> rows = story("vote", FOX.formatted(PASSED), HPO);
        assertTrue(rows.stream().anyMatch(r -> r.get(1).equals("fox") && r.get(2).equals("Tuesday")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.get(1).equals("hpo") && r.get(2).equals("Wednesday")), rows.toString());
        // the same day in both: nothing to show
        List<List<String>> same = story("same", FOX.formatted(PASSED),
                HPO.replace("On Wednesday", "On Tuesday"));
        assertTrue(same.isEmpty(), same.toString());
    }

    @Test
    void anotherActIsNotDatedByTheSentenceBefore() throws IOException {
        // Tuesday is the day the resolution was brought in; the sentence before tells of no passing, so the day of the
        // vote stays unknown
        List<List<String>> rows = story("other", FOX.formatted("The House resolution on the national motto was "
                + "introduced Tuesday by Rep. Randy Forbes, R-Va., and considered under an expedited floor procedure."), HPO);
        assertTrue(rows.isEmpty(), rows.toString());
    }
}
