package org.crosscheck.query.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Source;
import org.crosscheck.query.Cancel;
import org.crosscheck.shell.Workspace;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A count given as a range: "Estimates of how many women could be included in the lawsuit run from 500,000 to 1.6
 * million" (HuffPost, BASIL dev 2011_2058ec60) names no noun after the numbers; the sentence names what is counted
 * before them ("how many women"). A range with its noun after it is one count too, not a count of its second figure.
 */
class ConflictsRangeTest {
    @TempDir
    Path tmp;

    private static List<Conflicts.Claimed> counts(Workspace w) {
        Map<String, Source> sources = new HashMap<>();
        w.model().sources().forEach(s -> sources.put(s.id(), s));
        return Conflicts.counts(w.model(), sources, new Cancel());
    }

    private static String show(List<Conflicts.Claimed> counts) {
        return counts.stream().map(c -> c.source() + " " + c.topic() + " = " + c.value()).toList().toString();
    }

    @Test
    void theRangeOfTheClassOnTheRealEvent() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(ConflictsBoundsTest.EVENT), "no " + ConflictsBoundsTest.EVENT + ": skipping");
        try (Workspace w = Workspace.open(ConflictsBoundsTest.EVENT, tmp.resolve("index"), Progress.SILENT)) {
            List<Conflicts.Claimed> counts = counts(w);
            List<Conflicts.Claimed> range = counts.stream()
                    .filter(c -> c.source().equals("hpo") && c.value().equals("500000 to 1.6 million")).toList();
            assertEquals(1, range.size(), show(counts));
            assertEquals("women", range.get(0).topic());
            assertEquals(500_000, range.get(0).low());
            assertEquals(1_600_000, range.get(0).high());
            // the lead's bound is read as before
            assertTrue(counts.stream().anyMatch(c -> c.source().equals("hpo") && c.value().equals("up to 1.6 million")),
                    show(counts));
        }
    }

    @Test
    void rangesAreOneCount() throws IOException {
        Path corpus = tmp.resolve("story");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("a.txt"), "Estimates of how many women could be included in the lawsuit run "
                + "from 500,000 to 1.6 million. Between 1.5 and 2 million people have fled the region, the agency "
                + "said. Tickets for the concert run from 40 to 90. From 2010 to 2012 the company closed four plants.\n");
        Files.writeString(corpus.resolve("b.txt"), "The lawsuit covers 1.5 million women who worked at the stores.\n");
        try (Workspace w = Workspace.open(corpus, tmp.resolve("index"), Progress.SILENT)) {
            List<Conflicts.Claimed> counts = counts(w);
            List<String> a = counts.stream().filter(c -> c.source().equals("a"))
                    .map(c -> c.topic() + " = " + c.value() + " (" + (long) c.low() + ".." + (long) c.high() + ")")
                    .toList();
            // the noun from "how many women"; the first figure shares the second's scale when smaller as written;
            // a range with no counted thing named ("Tickets … run from 40 to 90") and a span of years are no counts
            assertEquals(List.of("women = 500000 to 1.6 million (500000..1600000)",
                    "people = 1.5 to 2 million (1500000..2000000)", "plants = 4 (4..4)"), a, show(counts));
        }
    }
}
