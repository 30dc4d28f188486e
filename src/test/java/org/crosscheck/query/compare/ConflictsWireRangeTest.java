package org.crosscheck.query.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.crosscheck.query.Table;
import org.crosscheck.shell.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reuters OPEC copy of 1987: the official "marker" price and "market reports" are two words, and "16 to 17 dlrs" is
 * a range of sums, not 17 dollars.
 */
class ConflictsWireRangeTest {
    @TempDir
    Path tmp;

    @Test
    void aWordIsItsStemNotItsFirstFiveLetters() {
        assertNotEquals(Conflicts.stem("market"), Conflicts.stem("marker"));
        assertEquals(Conflicts.stem("market"), Conflicts.stem("markets"));
        assertEquals(Conflicts.stem("capture"), Conflicts.stem("captured"));
        assertEquals(Conflicts.stem("price"), Conflicts.stem("prices"));
        assertEquals(Conflicts.stem("country"), Conflicts.stem("countries"));
        assertNotEquals(Conflicts.stem("fought"), Conflicts.stem("fighting"));
    }

    @Test
    void theMarketsPriceIsNotTheOfficialMarker() throws IOException {
        Path corpus = tmp.resolve("opec");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("a.txt"), "He was referring apparently to the Gulf state of Qatar, which "
                + "industry sources said was selling less than 180,000 bpd of its 285,000 bpd quota, because buyers "
                + "were resisting official prices restored by OPEC last month pegged to a marker of 18 dlrs per "
                + "barrel.\n");
        Files.writeString(corpus.resolve("b.txt"), "In recent weeks, oil prices fell to the 16 to 17 dlrs a barrel "
                + "level on market reports of some OPEC members producing above their quota, pushing total OPEC "
                + "production to 15.8 mln barrels per day, analysts said. BankAmerica stands to lose 15-20 mln dlrs "
                + "if Brazil pays no interest for a year, analysts said.\n");
        try (Workspace w = Workspace.open(corpus, tmp.resolve("index"), Progress.SILENT)) {
            Map<String, Source> sources = new HashMap<>();
            w.model().sources().forEach(s -> sources.put(s.id(), s));
            List<Conflicts.Claimed> amounts = Conflicts.amounts(w.model(), sources, new HashMap<>(), new Cancel());
            List<String> read = amounts.stream().map(c -> c.source() + " " + c.value() + " (" + c.low() + ".."
                    + c.high() + ")").toList();
            Map<String, Conflicts.Claimed> byValue = new HashMap<>();
            amounts.forEach(c -> byValue.put(c.value(), c));
            Conflicts.Claimed level = byValue.get("16 to 17 dlrs");
            assertTrue(level != null && level.low() == 16 && level.high() == 17, read.toString());
            assertEquals("16 to 17 dlrs", sources.get("b").text().substring(level.start(), level.end()));
            Conflicts.Claimed loss = byValue.get("15-20 mln dlrs");
            assertTrue(loss != null && loss.low() < 15.5e6 && loss.high() > 19.5e6, read.toString());
            Table t = Conflicts.conflicts(w.model(), new Cancel());
            assertEquals(0, t.rows().size(), t.toString());
        }
    }
}
