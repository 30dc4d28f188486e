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
 * A sum of money set against the same thing's sum at another time, as Reuters writes it (Reuters-21578, Dean Foods
 * and Standard Trustco): "the year's sales should exceed 1.4 billion dlrs, up from 1.27 billion dlrs the prior year".
 * The second sum is the first one's figure at another time: no value of its own, and a source that gives 1.27 billion
 * for the prior year does not disagree with the first.
 */
class ConflictsSumAgainstTest {
    @TempDir
    Path tmp;

    private Map<String, List<Conflicts.Claimed>> sums(Map<String, String> texts) throws IOException {
        Path corpus = tmp.resolve("sums");
        Files.createDirectories(corpus);
        for (Map.Entry<String, String> e : texts.entrySet()) {
            Files.writeString(corpus.resolve(e.getKey() + ".txt"), e.getValue() + "\n");
        }
        try (Workspace w = Workspace.open(corpus, tmp.resolve("index"), Progress.SILENT)) {
            Map<String, Source> sources = new HashMap<>();
            w.model().sources().forEach(s -> sources.put(s.id(), s));
            Map<String, List<Conflicts.Claimed>> out = new HashMap<>();
            for (Conflicts.Claimed c : Conflicts.amounts(w.model(), sources, new HashMap<>(), Map.of(), new Cancel())) {
                out.computeIfAbsent(c.source(), k -> new java.util.ArrayList<>()).add(c);
            }
            return out;
        }
    }

    @Test
    void theSumOfAnotherTimeIsNoValueAndNoConflict() throws IOException {
        Map<String, List<Conflicts.Claimed>> by = sums(Map.of(
                "dean", "Douglas also said the year's sales should exceed 1.4 billion dlrs, up from 1.27 billion dlrs "
                        + "the prior year.",
                "other", "Dean Foods' sales were 1.27 billion dlrs in the prior year.",
                "cut", "Douglas also said the year's sales should exceed 1.4 billion dlrs.",
                "trust", "Standard Trustco previously reported assets of 1.28 billion dlrs in 1986, up from 1.10 "
                        + "billion dlrs in 1985."));
        assertEquals(1, by.get("dean").size(), by.toString());
        Conflicts.Claimed dean = by.get("dean").get(0);
        Conflicts.Claimed other = by.get("other").get(0);
        Conflicts.Claimed cut = by.get("cut").get(0);
        assertEquals("1.4 billion dlrs", dean.value());
        assertEquals("1.27 billion dlrs", other.value());
        // Standard Trustco: 1986's assets, set against 1985's
        assertEquals(List.of("1.28 billion dlrs"), by.get("trust").stream().map(Conflicts.Claimed::value).toList());
        Map<String, Set<String>> groups = Map.of();
        assertEquals(List.of(), Conflicts.involved(List.of(dean, other), groups),
                "Dean Foods gives the other's 1.27 billion as the prior year's");
        // the same sentence cut before ", up from" does disagree with 1.27 billion
        assertEquals(2, Conflicts.involved(List.of(cut, other), groups).size());
    }

    @Test
    void aPartOfTheSumIsNoOtherTime() throws IOException {
        Map<String, List<Conflicts.Claimed>> by = sums(Map.of("part", "The company said sales should exceed 1.4 "
                + "billion dlrs, including 300 mln dlrs from its dairy unit."));
        assertEquals(2, by.get("part").size(), by.toString());
        assertTrue(by.get("part").stream().allMatch(c -> c.otherTimes().isEmpty()), by.toString());
    }
}
