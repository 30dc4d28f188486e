package org.crosscheck.query.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.crosscheck.ingest.Progress;
import org.crosscheck.query.Cancel;
import org.crosscheck.query.Row;
import org.crosscheck.query.Table;
import org.crosscheck.shell.Workspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sums of money on a BASIL event where the outlets list what a congressman spent campaign money on (2013, Jesse
 * Jackson Jr. pleads guilty; Fox, HuffPost, NYT): the same retreat at $5,687.75 in one and $5,587.75 in another, a
 * Rolex at $43,350 and at "$43,000", and the $750,000 total. Skipped when the corpora are absent.
 */
class ConflictsAmountsTest {
    static final Path EVENT = Path.of("..", "shared", "corpora", "basil-dev", "2013_f506aafc-8b43-427a-936e-bbd1ef33e076");
    @TempDir
    static Path tmp;
    static Workspace workspace;

    @BeforeAll
    static void open() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(EVENT), "no " + EVENT + ": skipping");
        workspace = Workspace.open(EVENT, tmp.resolve("index"), Progress.SILENT);
    }

    @AfterAll
    static void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    /** topic → value → source, from the conflicts table. */
    private static Map<String, Map<String, String>> conflicts() {
        Table t = Conflicts.conflicts(workspace.model(), new Cancel());
        Map<String, String> texts = new HashMap<>();
        workspace.model().sources().forEach(s -> texts.put(s.id(), s.text()));
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (Row r : t.rows()) {
            out.computeIfAbsent(r.get(0).toString(), k -> new TreeMap<>()).put(r.get(2).toString(), r.get(1).toString());
            int start = ((Number) r.get(4)).intValue();
            int end = ((Number) r.get(5)).intValue();
            // every row points at the sum in its source
            assertEquals(r.get(2).toString().replace(" ", ""), texts.get(r.get(1).toString()).substring(start, end)
                    .replace(" ", ""));
        }
        return out;
    }

    @Test
    void theSameExpenseAtTwoPricesIsAConflict() {
        Map<String, Map<String, String>> byTopic = conflicts();
        Map.Entry<String, Map<String, String>> retreat = byTopic.entrySet().stream()
                .filter(e -> e.getValue().containsKey("$5,687.75")).findFirst().orElseThrow(() ->
                        new AssertionError("no conflict over the retreat: " + byTopic));
        assertTrue(retreat.getKey().startsWith("amount ($): "), retreat.getKey());
        assertTrue(retreat.getKey().contains("Vineyard"), retreat.getKey());
        assertEquals(Map.of("$5,687.75", "hpo", "$5,587.75", "nyt"), retreat.getValue());
    }

    @Test
    void aRoundedSumOrAnotherSumOfTheSameStoryIsNoConflict() {
        Map<String, Map<String, String>> byTopic = conflicts();
        for (Map<String, String> values : byTopic.values()) {
            // "$43,000 Rolex watch" rounds "$43,350 … Rolex watch"
            assertFalse(values.containsKey("$43,000") && values.containsKey("$43,350"), byTopic.toString());
            // the total spent is no price of one item, though the sentences that give both tell one guilty plea
            assertFalse(values.containsKey("$750,000"), byTopic.toString());
        }
    }
}
