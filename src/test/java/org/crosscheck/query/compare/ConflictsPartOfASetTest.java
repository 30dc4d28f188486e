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
 * A count of a part of a set ("eight of the detainees") is chosen by the rest of its clause: BBC politics 040's
 * solicitor "who represents eight of the detainees" and 224's barrister "representing seven of the detainees" speak
 * of two lawyers' clients, and 040's "four of the detainees" driven to "madness" of a third part. Before, close
 * figures and the shared "represent" made them one topic in conflict.
 */
class ConflictsPartOfASetTest {
    @TempDir
    Path tmp;

    @Test
    void partsOfOneSetAreComparedOnlyWhenTheirClaimsAreOne() throws IOException {
        Path corpus = tmp.resolve("detainees");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("040.txt"), "The case was heard by a panel of nine law lords rather than the "
                + "usual five. Solicitor Gareth Pierce, who represents eight of the detainees, claimed the detention "
                + "had driven four of the detainees to \"madness\", saying two were being held in Broadmoor hospital.\n");
        Files.writeString(corpus.resolve("224.txt"), "The case was heard by a panel of nine law lords rather than the "
                + "usual five. Ben Emmerson QC, representing seven of the detainees, said the men had already been in "
                + "custody for nearly three years.\n");
        assertEquals(List.of(), ConflictRows.of(corpus, tmp.resolve("index"), 0, 1, 2));
        try (Workspace w = Workspace.open(corpus, tmp.resolve("index"), Progress.SILENT)) {
            Map<String, Source> sources = new HashMap<>();
            w.model().sources().forEach(s -> sources.put(s.id(), s));
            List<Conflicts.Claimed> parts = Conflicts.counts(w.model(), sources, Map.of(), new Cancel()).stream()
                    .filter(c -> c.topic().equals(Conflicts.PART + "detainees")).toList();
            assertEquals(3, parts.size(), parts.toString());
            Conflicts.Claimed eight = parts.stream().filter(c -> c.value().equals("8")).findFirst().orElseThrow();
            Conflicts.Claimed seven = parts.stream().filter(c -> c.value().equals("7")).findFirst().orElseThrow();
            assertEquals(List.of(), Conflicts.involved(List.of(eight, seven), Map.of()));
            // two tellings of one claim that give the part two figures do disagree
            Map<String, Set<String>> oneClaim = Map.of("040#" + eight.sentence(), Set.of("g"),
                    "224#" + seven.sentence(), Set.of("g"));
            assertEquals(2, Conflicts.involved(List.of(eight, seven), oneClaim).size());
            // the panel of nine is a whole, not a part
            assertTrue(Conflicts.counts(w.model(), sources, Map.of(), new Cancel()).stream()
                    .anyMatch(c -> c.topic().equals("law lords")), "nine law lords");
        }
    }
}
