package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relative dates SUTime cannot place are not one date: "the day before" (Fox), "today" (HuffPost) and "this day"
 * (the NYT) all get the value "THIS P1D", and were one entity. Sentences from a BASIL dev event (2013, Clinton's
 * Benghazi testimony). "Wednesday" in every outlet is still one.
 */
class RelativeDatesTest {
    static Corpus corpus;

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        Files.writeString(dir.resolve("fox.txt"), "Another pivotal issue Wednesday dealt with an Aug. 16 cable. That "
                + "cable summarized an emergency meeting the day before by the U.S. Mission in Benghazi.\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("hpo.txt"), "The added complexity wasn't always satisfying to the legislators "
                + "who grilled her Wednesday. \"I recommend that every member read the classified version, which goes "
                + "into greater detail that I cannot speak to here today.\"\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("nyt.txt"), "Mrs. Clinton on Wednesday vigorously defended her handling of the "
                + "attack. One of the sharpest exchanges of this day came when she responded to questions.\n",
                StandardCharsets.UTF_8);
        corpus = CorpusBuilder.build(dir, Progress.SILENT);
    }

    private static Set<String> names(Entity e) {
        Set<String> n = new HashSet<>(e.aliases());
        n.add(e.name());
        return n;
    }

    @Test
    void unplacedRelativeDatesStayApart() {
        for (Entity e : corpus.entities()) {
            Set<String> n = names(e);
            assertFalse(n.contains("today") && (n.contains("the day before") || n.contains("this day")), n.toString());
        }
    }

    @Test
    void aWeekdayIsStillOneDate() {
        assertTrue(corpus.entities().stream().anyMatch(e -> e.name().equals("Wednesday") && e.sources().size() == 3),
                corpus.entities().toString());
    }
}
