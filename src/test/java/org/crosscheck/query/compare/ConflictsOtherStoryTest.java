package org.crosscheck.query.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Source;
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
 * Conflicts on another story: a BASIL event (two states sue Colorado over marijuana; three outlets) where the bare
 * noun "states" counts different things (the two plaintiffs, the 23 states with medical marijuana laws, the four
 * with recreational ones) and attorneys general are named in two styles ("Nebraska Attorney General Jon Bruning",
 * "Nebraska's attorney general, Jon Bruning"). Skipped when the corpora are absent.
 */
class ConflictsOtherStoryTest {
    static final Path EVENT = Path.of("..", "shared", "corpora", "basil-dev", "2014_b764f81f-6d08-4d7c-b1a8-8961bed0a455");
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

    @Test
    void countsOfABareNounInDifferentContextsAreNoConflict() {
        Table t = Conflicts.conflicts(workspace.model(), new Cancel());
        Map<String, String> texts = new HashMap<>();
        workspace.model().sources().forEach(s -> texts.put(s.id(), s.text()));
        // the texts do give "states" different numbers, each about a different set of states
        Set<String> numbers = new HashSet<>();
        Matcher m = Pattern.compile("(?i)\\b(two|23|four|40) (?:heartland |different )?states\\b")
                .matcher(String.join("\n", texts.values()));
        while (m.find()) {
            numbers.add(m.group(1).toLowerCase());
        }
        assertTrue(numbers.size() >= 3, numbers.toString());
        Map<String, Map<String, Set<String>>> byTopic = new HashMap<>();
        for (Row r : t.rows()) {
            byTopic.computeIfAbsent(r.get(0).toString(), k -> new HashMap<>())
                    .computeIfAbsent(r.get(2).toString(), k -> new HashSet<>()).add(r.get(1).toString());
            String id = r.get(1).toString();
            int start = ((Number) r.get(4)).intValue();
            int end = ((Number) r.get(5)).intValue();
            assertEquals(r.why().passages().get(0).text(), texts.get(id).substring(start, end));
        }
        assertFalse(byTopic.containsKey("states"), "two plaintiffs and 23 states with a law are not one count: " + byTopic);
        for (Map.Entry<String, Map<String, Set<String>>> e : byTopic.entrySet()) {
            Set<String> sources = new HashSet<>();
            e.getValue().values().forEach(sources::addAll);
            assertTrue(e.getValue().size() >= 2 && sources.size() >= 2, "different sources disagree: " + e);
        }
    }

    @Test
    void compoundTitlesAreReadWhole() {
        Map<String, Source> sources = new HashMap<>();
        workspace.model().sources().forEach(s -> sources.put(s.id(), s));
        Map<String, Set<String>> titles = new HashMap<>();
        for (Conflicts.Claimed c : Conflicts.titles(workspace.model(), sources, new Cancel())) {
            titles.computeIfAbsent(c.topic(), k -> new HashSet<>()).add(c.value());
        }
        // "Nebraska Attorney General Jon Bruning" and "Nebraska's attorney general, Jon Bruning": one title
        for (String who : titles.keySet()) {
            if (who.contains("Bruning") || who.contains("Suthers")) {
                assertEquals(Set.of("attorney general"), titles.get(who), who);
            }
        }
        assertTrue(titles.keySet().stream().anyMatch(w -> w.contains("Bruning")), titles.toString());
    }
}
