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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Wire copy writes dollars "dlrs" after the figure (Reuters-21578, OPEC stories of 1987: "18 dlrs a barrel", "13.5
 * billion dlrs in assets", "15-20 mln dlrs"). Such a figure is a sum of money, compared by the money rules, not a
 * count of "dlrs".
 */
class ConflictsWireTest {
    @TempDir
    Path tmp;

    @Test
    void dlrsAreASumOfMoneyNotACount() throws IOException {
        Path corpus = tmp.resolve("wire");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("a.txt"), "Because it was charging its official price, of 16.67 dlrs a "
                + "barrel, it had lost custom, he said but did not elaborate. The bank said the network would link "
                + "31 banks having 13.5 billion dlrs in assets.\n");
        Files.writeString(corpus.resolve("b.txt"), "Saudi Arabia was a main architect of the December accord, under "
                + "which OPEC agreed to return to fixed prices of around 18 dlrs a barrel. BankAmerica stands to "
                + "lose 15.5 mln dlrs if the interest rate is reduced on the debt.\n");
        try (Workspace w = Workspace.open(corpus, tmp.resolve("index"), Progress.SILENT)) {
            Map<String, Source> sources = new HashMap<>();
            w.model().sources().forEach(s -> sources.put(s.id(), s));
            List<Conflicts.Claimed> counts = Conflicts.counts(w.model(), sources, new Cancel());
            assertTrue(counts.stream().noneMatch(c -> c.noun().equals("dlrs")),
                    counts.stream().map(c -> c.topic() + " = " + c.value()).toList().toString());
            assertTrue(counts.stream().anyMatch(c -> c.topic().equals("banks") && c.value().equals("31")),
                    counts.stream().map(c -> c.topic() + " = " + c.value()).toList().toString());
            List<Conflicts.Claimed> amounts = Conflicts.amounts(w.model(), sources, new HashMap<>(), new Cancel());
            List<String> read = amounts.stream().map(c -> c.source() + " " + c.topic() + " " + c.value() + " ("
                    + c.low() + ".." + c.high() + ")").toList();
            assertEquals(4, amounts.size(), read.toString());
            assertTrue(amounts.stream().allMatch(c -> c.topic().equals("amount $")), read.toString());
            Map<String, Conflicts.Claimed> byValue = new HashMap<>();
            amounts.forEach(c -> byValue.put(c.value(), c));
            // a figure as wide as its last written digit, a hedged one widened, scales "billion" and wire copy's "mln"
            Conflicts.Claimed official = byValue.get("16.67 dlrs");
            assertTrue(official.low() < 16.67 && official.high() > 16.67 && official.high() - official.low() < 0.011,
                    read.toString());
            Conflicts.Claimed around = byValue.get("around 18 dlrs");
            assertTrue(around.low() < 18 && around.high() > 18, read.toString());
            Conflicts.Claimed assets = byValue.get("13.5 billion dlrs");
            assertTrue(assets.low() <= 13.5e9 && assets.high() >= 13.5e9 && assets.low() > 13e9, read.toString());
            Conflicts.Claimed loss = byValue.get("15.5 mln dlrs");
            assertTrue(loss.low() <= 15.5e6 && loss.high() >= 15.5e6 && loss.low() > 15e6, read.toString());
            // the sum points at its words in the source
            String b = sources.get("b").text();
            assertEquals("around 18 dlrs", b.substring(around.start(), around.end()));
        }
    }

    /**
     * A conversion in brackets (BBC business on WorldCom: the same $11bn fraud as £5.8bn in one article, £6bn in
     * another) is not a sum of its own: the sum written first is the fact, the conversion depends on the day's rate.
     */
    @Test
    void aConversionInBracketsIsNotCompared() throws IOException {
        Path corpus = tmp.resolve("bbc");
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("a.txt"), "Worldcom boss Bernie Ebbers, who is accused of overseeing an "
                + "$11bn (£5.8bn) fraud, never made accounting decisions, a witness has told jurors.\n");
        Files.writeString(corpus.resolve("b.txt"), "Mr Ebbers, 63, is accused of being the mastermind behind an "
                + "$11bn (£6bn) accounting fraud that eventually saw the firm collapse. The bank paid £2bn for the "
                + "business.\n");
        try (Workspace w = Workspace.open(corpus, tmp.resolve("index"), Progress.SILENT)) {
            Map<String, Source> sources = new HashMap<>();
            w.model().sources().forEach(s -> sources.put(s.id(), s));
            List<Conflicts.Claimed> amounts = Conflicts.amounts(w.model(), sources, new HashMap<>(), Map.of(),
                    new Cancel());
            List<String> read = amounts.stream().map(c -> c.source() + " " + c.value() + " " + c.context()).toList();
            assertEquals(List.of("a $11 bn", "b $11 bn", "b £2 bn"),
                    amounts.stream().map(c -> c.source() + " " + c.value()).sorted().toList(), read.toString());
        }
    }
}
