package org.crosscheck.query.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.model.Mention;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A period of years is one date: HuffPost's "Edward Brooke, who served from 1967 to 1979" against the NYT's "Edward
 * Brooke, a Republican, held the seat from 1966 to 1978" (BASIL dev event 2013_d3a1ce0a, William Cowan named interim
 * senator). The claim naming two years was left out of {@code conflicts} (which of the two is the event's?); the two
 * ends of one period are one value now, and two periods agree when both their ends do.
 */
class ConflictsPeriodTest {
    static final Path EVENT = Path.of("..", "shared", "corpora", "basil-dev", "2013_d3a1ce0a-fc48-4827-a278-8f0ce8c7a519");

    @TempDir
    Path tmp;

    private static Mention date(String text, String word, int from) {
        int at = text.indexOf(word, from);
        return new Mention("s", "d", word, at, at + word.length(), "DATE", 0, false);
    }

    private static String period(String text, String a, String b) {
        Mention first = date(text, a, 0);
        return Conflicts.period(text, first, date(text, b, first.end()));
    }

    @Test
    void theEndsOfOnePeriodAreOneValue() {
        assertEquals("1967 to 1979", period("Cowan will become the second black senator from Massachusetts, after "
                + "Edward Brooke, who served from 1967 to 1979.", "1967", "1979"));
        assertEquals("1997 to 2009", period("From 1997 to 2009, he practiced civil litigation as an associate and "
                + "later a partner in the Boston office of Mintz, Levin, Cohn, Ferris, Glovsky & Popeo.", "1997", "2009"));
        assertEquals("1967 to 1979", period("Edward Brooke served between 1967 and 1979.", "1967", "1979"));
        assertEquals("1966 to 1978", period("Edward Brooke (1966 - 1978) was the last.", "1966", "1978"));
        // two dates of two acts, and "and" without "between"
        assertNull(period("Cowan joined the Patrick administration in 2009 and left it in 2012.", "2009", "2012"));
        assertNull(period("He served in 1967 and 1979.", "1967", "1979"));
        // "to" without "from" may be anything ("moved the vote from June to 2014" aside, "rose 1967 to 1979")
        assertNull(period("The count rose 1967 to 1979.", "1967", "1979"));
    }

    @Test
    void twoPeriodsAgreeWhenBothEndsDo() {
        assertFalse(Conflicts.datesAgree("1967 to 1979", "1966 to 1978"));
        assertFalse(Conflicts.datesAgree("1967 to 1979", "1967 to 1978"));
        assertTrue(Conflicts.datesAgree("1967 to 1979", "1967 to 1979"));
        assertTrue(Conflicts.datesAgree("Jan 1967 to 1979", "1967 to 1979"), "a month more is no other date");
        assertTrue(Conflicts.datesAgree("1967", "1966 to 1978"), "a single year is not compared with a period");
        assertFalse(Conflicts.datesAgree("1967", "1966"));
    }

    private static List<List<String>> rows(Path corpus, Path index) throws IOException {
        return ConflictRows.of(corpus, index, 1, 2);
    }

    @Test
    void brookesYearsOnTheRealEvent() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(EVENT), "no " + EVENT + ": skipping");
        List<List<String>> rows = rows(EVENT, tmp.resolve("index"));
        // the first topic; the primary's month follows (ConflictsActDateTest)
        assertEquals(List.of(List.of("hpo", "1967 to 1979"), List.of("nyt", "1966 to 1978")), rows.subList(0, 2),
                rows.toString());
    }

    private List<List<String>> story(String name, String years) throws IOException {
        Path corpus = tmp.resolve(name);
        Files.createDirectories(corpus);
        // the articles' first paragraphs too: in a corpus of two sentences every word is as rare as any other
        Files.writeString(corpus.resolve("hpo.txt"), "Massachusetts Gov. Deval Patrick (D) on Wednesday appointed "
                + "William \"Mo\" Cowan to the Senate seat vacated by newly confirmed Secretary of State John Kerry. "
                + "Cowan will hold the seat in an interim capacity until an election in June.\n\n"
                + "Cowan, 43, is a former chief of staff and former legal counsel to Patrick.\n\n"
                + "Cowan will become the second black senator from Massachusetts, after Edward Brooke, who served from "
                + "1967 to 1979.\n");
        Files.writeString(corpus.resolve("nyt.txt"), "Gov. Deval Patrick on Wednesday appointed William Cowan, a Boston "
                + "lawyer who is a longtime friend and former aide, to serve as an interim United States senator until "
                + "voters chose a successor to John Kerry in a special election set for June 25.\n\n"
                + "Mr. Cowan, 43, who is known as Mo, is a former partner in the politically connected law firm of "
                + "Mintz Levin and will become Massachusetts’ first black senator since Edward Brooke, a Republican, "
                + "held the seat " + years + ".\n");
        return rows(corpus, tmp.resolve("index-" + name));
    }

    @Test
    void theSamePeriodIsNoConflict() throws IOException {
        assertEquals(List.of(List.of("hpo", "1967 to 1979"), List.of("nyt", "1966 to 1978")),
                story("other", "from 1966 to 1978"));
        List<List<String>> same = story("same", "from 1967 to 1979");
        assertTrue(same.isEmpty(), same.toString());
    }
}
