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
 * A figure of another time set against the count that follows it: "Compared to 47 the previous night, there were
 * six arrests Wednesday" (Fox's sentence from BASIL dev 2014_ed8c136f, Ferguson, with its halves swapped, as news
 * writes it too) gives both nights, so it does not disagree with the NYT's "47 arrests overnight".
 */
class ConflictsFigureBeforeTest {
    @TempDir
    Path tmp;

    private static String others(String before, String noun) {
        return Conflicts.otherTimes(before, "", noun).stream().map(r -> r[0] + ".." + r[1]).toList().toString();
    }

    @Test
    void theFigureBeforeTheCountIsRead() {
        assertEquals("[47.0..47.0]", others("Compared to 47 the previous night, there were ", "arrests"));
        assertEquals("[40.0..40.0]", others("Up from 40 arrests a year earlier, the police made ", "arrests"));
        assertEquals("[250.0..250.0]", others("Compared with 250 deaths in 2013, ", "deaths"));
        // with the figure after the count too, both are read
        assertEquals("[12.0..12.0, 47.0..47.0]", Conflicts.otherTimes("Compared to 47 the previous night, there were ",
                ", up from 12 on Monday.", "arrests").stream().map(r -> r[0] + ".." + r[1]).toList().toString());
    }

    @Test
    void anotherThingOrAFigureFarFromTheCountIsNone() {
        // another counted thing
        assertEquals("[]", others("Compared to 47 injuries the previous night, there were ", "arrests"));
        // a year is no figure
        assertEquals("[]", others("Compared to 2013, there were ", "arrests"));
        // the comparison is not at the sentence's start: the figure may be anything's
        assertEquals("[]", others("The chief said that compared to 47 the previous night, there were ", "arrests"));
        // too many words between the comparison and the count
        assertEquals("[]", others("Compared to 47 the previous night, the police said on a quiet evening in the town "
                + "there were ", "arrests"));
        // a part word between: the figure is not set against this count
        assertEquals("[]", others("Compared to 47 the previous night, including ", "arrests"));
    }

    @Test
    void twoNightsOfOneSourceAreNoConflictWithOneOfThem() throws IOException {
        Path corpus = tmp.resolve("ferguson");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("fox.txt"), "Compared to 47 the previous night, there were six arrests "
                + "Wednesday, Johnson said. He called it \"a very good night.\"\n");
        Files.writeString(corpus.resolve("nyt.txt"), "Captain Johnson, whose agency is overseeing security here, said "
                + "there were only sporadic problems on Tuesday night. Still, the police did make 47 arrests overnight.\n");
        Files.writeString(corpus.resolve("ap.txt"), "Johnson said there were eight arrests Wednesday.\n");
        try (Workspace w = Workspace.open(corpus, tmp.resolve("index"), Progress.SILENT)) {
            Map<String, Source> sources = new HashMap<>();
            w.model().sources().forEach(s -> sources.put(s.id(), s));
            List<Conflicts.Claimed> counts = Conflicts.counts(w.model(), sources, Map.of(), new Cancel());
            Map<String, Conflicts.Claimed> bySource = new HashMap<>();
            counts.stream().filter(c -> c.topic().equals("arrests")).forEach(c -> bySource.put(c.source(), c));
            Conflicts.Claimed fox = bySource.get("fox");
            Conflicts.Claimed nyt = bySource.get("nyt");
            Conflicts.Claimed ap = bySource.get("ap");
            assertTrue(fox != null && nyt != null && ap != null, counts.toString());
            assertEquals("6", fox.value());
            Map<String, Set<String>> groups = Map.of("fox#" + fox.sentence(), Set.of("g"),
                    "nyt#" + nyt.sentence(), Set.of("g"), "ap#" + ap.sentence(), Set.of("g"));
            assertEquals(List.of(), Conflicts.involved(List.of(fox, nyt), groups),
                    "Fox gives the NYT's 47 as the previous night's");
            // Fox's six against another figure for the same night still disagrees
            assertEquals(2, Conflicts.involved(List.of(fox, ap), groups).size());
        }
    }
}
