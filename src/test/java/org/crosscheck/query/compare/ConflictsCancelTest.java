package org.crosscheck.query.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.crosscheck.model.CorpusModel;
import org.crosscheck.query.Cancel;
import org.crosscheck.shell.SeedIndex;
import org.crosscheck.shell.Workspace;
import org.junit.jupiter.api.Test;

/**
 * Ctrl-C (the query's {@link Cancel}, or an interrupt of its thread) stops {@code conflicts}, also inside the loops
 * that compare the values of one topic or every sum of money with every other, which on a corpus of thousands of
 * articles are the long ones.
 */
class ConflictsCancelTest {
    /** Counts of one bare noun in many sources, as "the lawsuit that covers 1.5 million women" (BASIL 2011_2058ec60). */
    private static List<Conflicts.Claimed> manyCounts(int n) {
        List<Conflicts.Claimed> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double figure = 1_500_000 + (i % 2) * 100_000;
            out.add(new Conflicts.Claimed(Conflicts.Kind.COUNT, "women", "source" + i, Long.toString((long) figure),
                    figure, figure, 0, 1, "count", "women", true, Set.of("lawsu"), i));
        }
        return out;
    }

    @Test
    void comparingTheValuesOfATopicStopsWhenCancelled() {
        List<Conflicts.Claimed> values = manyCounts(400);
        assertEquals(400, Conflicts.involved(values, Map.of(), Map.of(), new Cancel()).size(),
                "1.5 million against 1.6 million of one specific topic: every value is shown");
        Cancel cancel = new Cancel();
        cancel.cancel();
        assertThrows(CancellationException.class, () -> Conflicts.involved(values, Map.of(), Map.of(), cancel));
        assertThrows(CancellationException.class, () -> Conflicts.givenBy(values, cancel));
        assertThrows(CancellationException.class,
                () -> Conflicts.amountTopics(values, Map.of(), Map.of(), new HashMap<>(), cancel));
    }

    @Test
    void anInterruptedThreadStopsConflicts() throws IOException {
        try (Workspace w = SeedIndex.open()) {
            CorpusModel model = w.model();
            assertFalse(Conflicts.conflicts(model, new Cancel()).rows().isEmpty(), "the seeds have conflicts");
            Thread.currentThread().interrupt();
            try {
                assertThrows(CancellationException.class, () -> Conflicts.conflicts(model, new Cancel()));
            } finally {
                assertTrue(Thread.interrupted(), "the interrupt is left for the caller to see");
            }
        }
    }
}
