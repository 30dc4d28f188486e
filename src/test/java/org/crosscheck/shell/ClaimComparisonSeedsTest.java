package org.crosscheck.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.crosscheck.query.Passage;
import org.crosscheck.query.QueryException;
import org.crosscheck.query.Row;
import org.crosscheck.query.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a careful reader of the five seed articles says about which claims one outlet alone makes, which it leaves
 * out, and which every outlet reports; checked against the claim forms' answers. Rows are found by the words of
 * their member claims, never by group id.
 */
class ClaimComparisonSeedsTest {
    static OpenCorpus seeds;
    static Map<String, String> texts;
    static Map<String, String> byPrefix;

    @BeforeAll
    static void open() throws IOException {
        seeds = OpenCorpus.seeds();
        texts = seeds.texts;
        byPrefix = seeds.byPrefix;
    }

    @AfterAll
    static void close() {
        OpenCorpus.close(seeds);
    }

    static Table run(String query) throws QueryException {
        return seeds.run(query);
    }

    /** The row's member claims, as the sources wrote them. */
    static String members(Row r) {
        StringBuilder b = new StringBuilder();
        for (Passage p : r.why().passages()) {
            b.append(p.source(), 0, 3).append(": ").append(p.text()).append('\n');
        }
        return b.toString();
    }

    static boolean anyRow(Table t, String regex) {
        Pattern p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        return t.rows().stream().anyMatch(r -> p.matcher(members(r)).find());
    }

    static String all(Table t) {
        StringBuilder b = new StringBuilder();
        t.rows().forEach(r -> b.append("--\n").append(members(r)));
        return b.toString();
    }

    static boolean reports(String source, String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE).matcher(texts.get(byPrefix.get(source))).find();
    }

    @Test
    void onlyIn002IsWhatNoOtherOutletReports() throws Exception {
        Table only = run("claims only in 002");
        // six Chinese soldiers fought: 002 alone says so
        assertTrue(anyRow(only, "six Chinese soldiers"), all(only));
        for (String other : List.of("000", "001", "003", "004")) {
            assertFalse(reports(other, "\\bsix\\b"), other);
        }
        // casualty figures and the 3,000 additional North Korean troops: 002 alone reports them
        assertTrue(anyRow(only, "killed or wounded"), all(only));
        assertTrue(anyRow(only, "3,000 additional troops"), all(only));
        for (String other : List.of("000", "001", "003", "004")) {
            assertFalse(reports(other, "killed|wounded|3,000"), other);
        }
        // what 002 shares with others in other words is not "only in 002"
        assertFalse(anyRow(only, "China has denied"), all(only)); // 004: "has denied supplying lethal aid"
        assertFalse(anyRow(only, "Two Chinese soldiers have been captured"), all(only));
        assertFalse(anyRow(only, "many more Chinese citizens"), all(only));
        assertFalse(anyRow(only, "clear signal"), all(only));
        assertFalse(anyRow(only, "looking for ways to continue"), all(only));
        // 002's short "This definitely requires a response." is within 001's longer "This absolutely requires a
        // response — from the US, Europe and everyone …"
        assertTrue(reports("001", "This absolutely requires a response"));
        assertFalse(anyRow(only, "definitely requires a response"), all(only));
        assertFalse(anyRow(only, "now finding out all the facts"), all(only));
        // "has demanded an explanation from Beijing": 004 "would seek an explanation from Beijing", 003's Sybiha
        // "to condemn this fact and demand an explanation" (the same object and argument, or verb and object)
        assertTrue(reports("004", "seek an explanation\\s+from Beijing"));
        assertFalse(anyRow(only, "demanded an explanation from Beijing"), all(only));
    }

    @Test
    void missingFrom002IsWhatOthersReportAnd002LeavesOut() throws Exception {
        Table missing = run("claims missing from 002");
        // documents and bank cards: 000, 001, 003, 004 report them; 002 never mentions them
        assertFalse(reports("002", "bank cards|documents"));
        assertTrue(anyRow(missing, "bank cards"), all(missing));
        // Ukrainian troops in Belgorod: 000, 001, 003; 002 never mentions Belgorod
        assertFalse(reports("002", "Belgorod"));
        assertTrue(anyRow(missing, "Belgorod"), all(missing));
        // what 002 does report is not missing from it
        assertFalse(anyRow(missing, "captured two Chinese"), all(missing));
        assertFalse(anyRow(missing, "a clear signal that Putin"), all(missing));
        assertFalse(anyRow(missing, "many more (such )?Chinese citizens"), all(missing));
    }

    @Test
    void sharedByAllIsTheCoreOfTheStory() throws Exception {
        Table all = run("claims shared by all");
        for (Row r : all.rows()) {
            assertEquals(5, ((List<?>) r.get(all.indexOf("sources"))).size());
        }
        // every outlet reports the capture of two Chinese, and that there are more Chinese in Russia's ranks
        assertTrue(anyRow(all, "captur"), all(all));
        assertTrue(anyRow(all, "many more|significantly more"), all(all));
        // the capture group holds one rendering from every outlet, attributed where the outlet attributes it
        Row capture = all.rows().stream().filter(r -> members(r).contains("captur")).findFirst().orElseThrow();
        for (String s : List.of("000", "001", "002", "003", "004")) {
            assertTrue(members(capture).contains(s + ": "), members(capture));
        }
        assertTrue(((List<?>) capture.get(all.indexOf("speakers"))).stream()
                .anyMatch(sp -> sp.toString().contains("Zelensk")), capture.values().toString());
        assertTrue(((List<?>) capture.get(all.indexOf("cues"))).contains("said"), capture.values().toString());
    }

    @Test
    void claimsThatOnlyNameTheSameAgencyAreNotOneClaim() throws Exception {
        // 000: the SBU and others "are working on this"; 001: the prisoners are in the SBU's custody
        Table t = run("coverage");
        assertTrue(anyRow(t, "custody of Ukraine.s SBU"), all(t));
        assertTrue(anyRow(t, "are working on this"), all(t));
        assertFalse(anyRow(t, "(?s)custody of Ukraine.s SBU.*are working on this|are working on this.*custody of Ukraine.s SBU"), all(t));
    }

    @Test
    void coverageMarksEachOutletThatReportsAClaim() throws Exception {
        Table t = run("coverage");
        Row six = t.rows().stream().filter(r -> members(r).contains("six Chinese soldiers")).findFirst().orElseThrow();
        assertEquals(1, ((Number) six.get(t.indexOf("sources"))).intValue());
        assertEquals(Boolean.TRUE, six.get(t.indexOf("002")));
        Row war = t.rows().stream().filter(r -> members(r).contains("The war must return")).findFirst().orElseThrow();
        // 000 and 001 quote it; the others do not
        assertEquals(Boolean.TRUE, war.get(t.indexOf("000")));
        assertEquals(Boolean.TRUE, war.get(t.indexOf("001")));
        for (String s : List.of("002", "003", "004")) {
            assertFalse(reports(s, "war must return"), s);
            assertEquals(Boolean.FALSE, war.get(t.indexOf(s)));
        }
    }

    @Test
    void aCoordinatedClauseReadsWithItsSharedSubject() throws Exception {
        // 004: "China presents itself as neutral in the conflict and has denied supplying lethal aid to either
        // side": the second clause's span starts at "has denied"; its row shows who denied, its passage still points
        // at the span
        Table t = run("claims in 004");
        Row denied = t.rows().stream().filter(r -> r.get(t.indexOf("text")).toString().contains("denied supplying"))
                .findFirst().orElseThrow(() -> new AssertionError(all(t)));
        assertTrue(denied.get(t.indexOf("text")).toString().startsWith("China \u2026 has denied supplying"),
                denied.get(t.indexOf("text")).toString());
        assertTrue(denied.why().passages().stream().anyMatch(p -> p.text().startsWith("has denied supplying")),
                members(denied));
        // the first clause, with its own subject, reads as written
        assertTrue(t.rows().stream().anyMatch(r -> r.get(t.indexOf("text")).toString().startsWith(
                "China presents itself as neutral")), all(t));
    }
}
