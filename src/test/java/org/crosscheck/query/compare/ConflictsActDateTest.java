package org.crosscheck.query.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The date of one act that two sources tell in claims no group joins, the act named by the same main verb and object:
 * Fox's "Both political parties will hold special-election primaries in mid May" against the NYT's "The primary would
 * be held on April 30" (BASIL dev event 2013_d3a1ce0a). Two doers are two acts, and a verb under the claim's main one
 * is not its act (other BASIL events).
 */
class ConflictsActDateTest {
    static final Path EVENT = Path.of("..", "shared", "corpora", "basil-dev", "2013_d3a1ce0a-fc48-4827-a278-8f0ce8c7a519");

    @TempDir
    Path tmp;

    private static List<List<String>> rows(Path corpus, Path index) throws IOException {
        return ConflictRows.of(corpus, index, 0, 1, 2);
    }

    @Test
    void theMonthOfThePrimaryOnTheRealEvent() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(EVENT), "no " + EVENT + ": skipping");
        List<List<String>> rows = rows(EVENT, tmp.resolve("index"));
        String topic = "date of: Both political parties will hold special-election primaries in mid May.";
        assertEquals(List.of(List.of(topic, "fox", "May"), List.of(topic, "nyt", "Apr 30")),
                rows.stream().filter(r -> r.get(0).equals(topic)).toList(), rows.toString());
        // and Brooke's years (ConflictsPeriodTest): nothing else
        assertEquals(4, rows.size(), rows.toString());
    }

    private List<List<String>> story(String name, String fox, String nyt) throws IOException {
        Path corpus = tmp.resolve(name);
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("fox.txt"), fox + "\n");
        Files.writeString(corpus.resolve("nyt.txt"), nyt + "\n");
        return rows(corpus, tmp.resolve("index-" + name));
    }

    @Test
    void oneActTwoDates() throws IOException {
        String fox = "Massachusetts Gov. Deval Patrick on Wednesday picked a former chief of staff to fill Sen. John "
                + "Kerry’s open seat until a special election in June.\n\nBoth political parties will hold "
                + "special-election primaries in mid May.";
        String nyt = "Gov. Deval Patrick on Wednesday appointed William Cowan, a Boston lawyer who is a longtime friend "
                + "and former aide, to serve as an interim United States senator.\n\nThe primary would be held on %s.";
        List<List<String>> other = story("other", fox, nyt.formatted("April 30"));
        assertTrue(other.stream().anyMatch(r -> r.get(1).equals("nyt") && r.get(2).equals("Apr 30")), other.toString());
        assertTrue(other.stream().anyMatch(r -> r.get(1).equals("fox") && r.get(2).equals("May")), other.toString());
        List<List<String>> same = story("same", fox, nyt.formatted("May 14"));
        assertTrue(same.isEmpty(), same.toString());
    }

    @Test
    void twoDoersAreTwoActs() throws IOException {
        // BASIL 2012_29ffd053: Georgetown's letter (HuffPost) and Notre Dame's (the NYT), a day apart
        List<List<String>> rows = story("letters", "The group sent a letter to Rep. Ryan in advance of his appearance on "
                + "the Catholic campus on Thursday morning to give the Whittington Lecture.", "Dozens of faculty members "
                + "at Notre Dame, also a Catholic university, sent a letter to the president and chairman of the board of "
                + "trustees last Friday asking them to rebuke Bishop Jenky’s comments and seek his resignation from the "
                + "board.");
        assertTrue(rows.isEmpty(), rows.toString());
    }

    @Test
    void aVerbUnderTheMainOneIsNotTheClaimsAct() throws IOException {
        // BASIL 2012_08bb9bee: Tuesday is the day Romney joined the others; on Monday he had not called on Akin
        List<List<String>> rows = story("romney", "Mitt Romney joined several other Republicans Tuesday in calling on "
                + "Missouri Rep. Todd Akin to give up his bid for Senate over his controversial comments on rape.",
                "Romney had stopped short of calling on Akin to resign in an interview with WMUR Monday.");
        assertTrue(rows.isEmpty(), rows.toString());
    }
}
