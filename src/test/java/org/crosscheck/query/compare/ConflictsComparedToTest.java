package org.crosscheck.query.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Source;
import org.crosscheck.query.Cancel;
import org.crosscheck.shell.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A count set against the same thing's figure at another time: Fox's "six arrests Wednesday, compared to 47 the
 * previous night" (BASIL dev 2014_ed8c136f, Ferguson) gives both nights, so it does not disagree with the NYT's "47
 * arrests overnight". The seeds' "six Chinese soldiers and two of them had been taken prisoner" gives a part of the
 * six, not another time, and stays a conflict with "two Chinese soldiers".
 */
class ConflictsComparedToTest {
    @TempDir
    Path tmp;

    private static String others(String after, String noun) {
        return Conflicts.otherTimes(after, noun).stream().map(r -> r[0] + ".." + r[1]).toList().toString();
    }

    @Test
    void theFigureOfAnotherTimeIsRead() {
        // Fox: "Johnson said there were six arrests| Wednesday, compared to 47 the previous night."
        assertEquals("[47.0..47.0]", others(" Wednesday, compared to 47 the previous night.", "arrests"));
        assertEquals("[40.0..40.0]", others(", up from 40 in 2013.", "arrests"));
        assertEquals("[300.0..300.0]", others(" this year, down from 300 last year.", "deaths"));
        assertEquals("[250.0..250.0]", others(" in the quarter, compared with 250 deaths a year earlier.", "deaths"));
        assertEquals("[47.0..47.0]", others(" Wednesday and 47 the previous night.", "arrests"));
        assertEquals("[1200000.0..1200000.0]", others(", up from 1.2 million a year ago.", "voters"));
    }

    @Test
    void aPartOrAnotherThingIsNoOtherTime() {
        // the seeds (002): two of the six were taken prisoner, a part of the count
        assertEquals("[]", others(" and two of them had been taken prisoner.", "soldiers"));
        assertEquals("[]", others(", including two last night.", "arrests"));
        // another counted thing set against the count
        assertEquals("[]", others(" Wednesday, compared to 47 injuries the previous night.", "arrests"));
        // a second figure with no other time and no word that sets it against the count
        assertEquals("[]", others(" Wednesday and 47 in Ferguson.", "arrests"));
        // a year is no figure
        assertEquals("[]", others(", up from 2013.", "arrests"));
    }

    @Test
    void twoNightsOfOneSourceAreNoConflictWithOneOfThem() throws IOException {
        Path corpus = tmp.resolve("ferguson");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("fox.txt"), "Johnson said there were six arrests Wednesday, compared to 47 "
                + "the previous night. He called it \"a very good night.\"\n");
        Files.writeString(corpus.resolve("nyt.txt"), "Captain Johnson, whose agency is overseeing security here, said "
                + "there were only sporadic problems on Tuesday night. Still, the police did make 47 arrests overnight.\n");
        Files.writeString(corpus.resolve("cut.txt"), "Johnson said there were six arrests Wednesday.\n");
        Files.writeString(corpus.resolve("ap.txt"), "Johnson said there were eight arrests Wednesday.\n");
        try (Workspace w = Workspace.open(corpus, tmp.resolve("index"), Progress.SILENT)) {
            Map<String, Source> sources = new HashMap<>();
            w.model().sources().forEach(s -> sources.put(s.id(), s));
            List<Conflicts.Claimed> counts = Conflicts.counts(w.model(), sources, Map.of(), new Cancel());
            Map<String, Conflicts.Claimed> bySource = new HashMap<>();
            counts.stream().filter(c -> c.topic().equals("arrests")).forEach(c -> bySource.put(c.source(), c));
            Conflicts.Claimed fox = bySource.get("fox");
            Conflicts.Claimed nyt = bySource.get("nyt");
            Conflicts.Claimed cut = bySource.get("cut");
            assertTrue(fox != null && nyt != null && cut != null && bySource.get("ap") != null, counts.toString());
            assertEquals("6", fox.value());
            assertEquals("47", nyt.value());
            // the event's claim grouping put Fox's and the NYT's sentences in one group
            Map<String, Set<String>> groups = Map.of("fox#" + fox.sentence(), Set.of("g"),
                    "nyt#" + nyt.sentence(), Set.of("g"), "cut#" + cut.sentence(), Set.of("g"));
            assertEquals(List.of(), Conflicts.involved(List.of(fox, nyt), groups),
                    "Fox gives the NYT's 47 as the previous night's");
            // the same six without the other night's figure does disagree with 47
            assertEquals(2, Conflicts.involved(List.of(cut, nyt), groups).size());
            // Fox's six against another figure for the same night still disagrees
            Conflicts.Claimed ap = bySource.get("ap");
            assertEquals("8", ap.value());
            Map<String, Set<String>> withAp = new HashMap<>(groups);
            withAp.put("ap#" + ap.sentence(), Set.of("g"));
            assertEquals(2, Conflicts.involved(List.of(fox, ap), withAp).size());
        }
    }
}
