package org.crosscheck.query.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bounds in conflicts: "up to 1.6 million women" (HuffPost) against "1.5 million women" (Fox) and "as many as 1.5
 * million women" (the NYT) in BASIL dev event 2011_2058ec60, the sex-bias class action against Wal-Mart. An upper
 * bound that names its figure is compared by that figure; an exact number and a hedged one that meet stay silent.
 */
class ConflictsBoundsTest {
    static final Path EVENT = Path.of("..", "shared", "corpora", "basil-dev", "2011_2058ec60-5372-4f5f-83a3-da780be3a350");

    @TempDir
    Path tmp;

    private static Conflicts.Claimed count(String source, String number, String scale, String hedge,
                                           String sentence) {
        String normal = Conflicts.normalNumber(number);
        double[] r = Conflicts.range(scale == null ? normal : Conflicts.scaled(normal, scale), hedge);
        Set<String> words = Conflicts.contentWords(sentence);
        return new Conflicts.Claimed(Conflicts.Kind.COUNT, "women", source, (hedge == null ? "" : hedge + " ") + normal
                + (scale == null ? "" : " " + scale), r[0], r[1], 0, 1, "count", "women", false, Set.of(), 0,
                Set.of(), words);
    }

    @Test
    void anUpperBoundIsComparedByItsFigure() {
        Conflicts.Claimed hpo = count("hpo", "1.6", "million", "up to",
                "a massive sex discrimination lawsuit against Wal-Mart on behalf of up to 1.6 million women");
        Conflicts.Claimed fox = count("fox", "1.5", "million", null,
                "the sex discrimination lawsuit that covers 1.5 million women and could cost");
        Conflicts.Claimed nyt = count("nyt", "1.5", "million", "as many as",
                "how to administer a lawsuit involving as many as 1.5 million women seeking back pay");
        assertFalse(hpo.agrees(fox), "up to 1.6 million is another figure than 1.5 million");
        assertFalse(hpo.agrees(nyt), "two upper bounds with different figures");
        assertTrue(fox.agrees(nyt), "as many as 1.5 million names 1.5 million");
        Conflicts.Claimed about = count("ap", "1.5", "million", "about", "a lawsuit on behalf of about 1.5 million women");
        assertTrue(about.agrees(fox), "about 1.5 million and 1.5 million agree");
        assertTrue(count("ap", "1.6", "million", null, "").agrees(hpo), "the bound's own figure agrees");
        // lower bounds stay ranges: "more than 20" is written for 23
        assertTrue(count("a", "23", null, null, "").agrees(count("b", "20", null, "more than", "")));
        // a strict bound too: "fewer than 100" holds 80
        assertTrue(count("a", "80", null, null, "").agrees(count("b", "100", null, "fewer than", "")));
        assertEquals(3, Conflicts.involved(List.of(fox, hpo, nyt), java.util.Map.of()).size(),
                "the three sentences share the lawsuit next to nearly the same figure");
    }

    @Test
    void aBareNounAtFiguresFarApartIsNotOneCount() {
        // the two states that sued and the 23 with medical marijuana laws (BASIL 2014_b764f81f): both next to
        // "marijuana", figures far apart
        Conflicts.Claimed two = count("nyt", "two", null, null,
                "he was gratified that the two states were challenging Colorado's marijuana laws");
        Conflicts.Claimed many = count("fox", "23", null, null, "He said 23 states have enacted medical marijuana laws");
        assertFalse(Conflicts.closeFigures(two, many));
        assertTrue(Conflicts.involved(List.of(two, many), java.util.Map.of()).isEmpty());
        // "thousands" is no figure
        assertFalse(Conflicts.closeFigures(count("a", "thousands", null, null, ""), count("b", "2,000", null, null, "")));
    }

    @Test
    void dozensAreReadAsTheirNumber() {
        // Fox's "nearly two-dozen executive actions" and HuffPost's "23 executive actions" (BASIL 2013_526cabb7)
        assertEquals("24", Conflicts.normalNumber("two-dozen"));
        assertEquals("24", Conflicts.normalNumber("two dozen"));
        assertEquals("12", Conflicts.normalNumber("dozen"));
        Conflicts.Claimed fox = count("fox", "two-dozen", null, "nearly", "signed nearly two-dozen executive actions");
        Conflicts.Claimed hpo = count("hpo", "23", null, null, "its proposal with 23 executive actions");
        assertTrue(fox.agrees(hpo), fox + " / " + hpo);
    }

    private static List<List<String>> rows(Path corpus, Path index) throws IOException {
        return ConflictRows.of(corpus, index, 0, 1, 2);
    }

    @Test
    void theClassOfWomenOnTheRealEvent() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(EVENT), "no " + EVENT + ": skipping");
        List<List<String>> rows = rows(EVENT, tmp.resolve("index"));
        List<List<String>> women = rows.stream().filter(r -> r.get(0).equals("women")).toList();
        assertEquals(List.of(List.of("women", "hpo", "up to 1.6 million"), List.of("women", "fox", "1.5 million"),
                List.of("women", "nyt", "as many as 1.5 million")), women, rows.toString());
    }

    private List<List<String>> story(String name, String count) throws IOException {
        Path corpus = tmp.resolve(name);
        Files.createDirectories(corpus);
        Files.writeString(corpus.resolve("a.txt"), "The sex discrimination lawsuit against the retailer covers about "
                + "1.5 million women, and it could cost the company billions of dollars.\n");
        Files.writeString(corpus.resolve("b.txt"), "The justices heard arguments in a lawsuit brought on behalf of "
                + count + " women who worked at the retailer's stores.\n");
        return rows(corpus, tmp.resolve("index-" + name));
    }

    @Test
    void anExactNumberAndAHedgedOneThatMeetStaySilent() throws IOException {
        List<List<String>> same = story("same", "1.5 million");
        assertTrue(same.isEmpty(), same.toString());
        // the same two sentences with another figure are compared (one source each: corpus order)
        List<List<String>> other = story("other", "up to 1.7 million");
        assertEquals(List.of(List.of("women", "a", "about 1.5 million"), List.of("women", "b", "up to 1.7 million")),
                other);
    }
}
