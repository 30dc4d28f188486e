package org.crosscheck.query.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The value rules of conflicts: when two counts, titles or dates say the same and when they do not. */
class ConflictsRulesTest {

    private static Conflicts.Claimed count(String source, String number, String hedge) {
        String normal = Conflicts.normalNumber(number);
        double[] r = Conflicts.range(normal, hedge);
        return new Conflicts.Claimed(Conflicts.Kind.COUNT, "Chinese soldiers", source,
                (hedge == null ? "" : hedge + " ") + normal, r[0], r[1], 0, 1, "count", "soldiers", true, Set.of(), 0);
    }

    private static Conflicts.Claimed bare(String source, String number, String sentence, int index) {
        String normal = Conflicts.normalNumber(number);
        return new Conflicts.Claimed(Conflicts.Kind.COUNT, "states", source, normal, Double.parseDouble(normal),
                Double.parseDouble(normal), 0, 1, "count", "states", false, Conflicts.contentWords(sentence), index);
    }

    @Test
    void hedgedAndVagueCountsAreRanges() {
        assertFalse(count("a", "six", null).agrees(count("b", "two", null)));
        assertTrue(count("a", "3,000", null).agrees(count("b", "3000", "around")), "around 3,000 is 3,000");
        assertTrue(count("a", "11,000", null).agrees(count("b", "thousands", null)), "thousands covers 11,000");
        assertFalse(count("a", "1,500", null).agrees(count("b", "tens of thousands", null)));
        assertTrue(count("a", "25", null).agrees(count("b", "20", "more than")));
        assertFalse(count("a", "15", null).agrees(count("b", "20", "at least")));
        assertEquals("2", Conflicts.normalNumber("two"));
        assertEquals("11000", Conflicts.normalNumber("11,000"));
    }

    @Test
    void onlyDifferentSourcesMakeAConflict() {
        // one source giving two values ("six fought, two captured") is not a conflict by itself
        List<Conflicts.Claimed> alone = List.of(count("002", "two", null), count("002", "six", null));
        assertTrue(Conflicts.involved(alone, Map.of()).isEmpty());
        List<Conflicts.Claimed> two = List.of(count("000", "two", null), count("002", "two", null),
                count("002", "six", null));
        assertEquals(3, Conflicts.involved(two, Map.of()).size(), "the agreeing values are listed too");
        List<Conflicts.Claimed> agree = List.of(count("000", "two", null), count("001", "2", null));
        assertTrue(Conflicts.involved(agree, Map.of()).isEmpty());
    }

    @Test
    void bareNounsAreComparedOnlyInTheSameContext() {
        // "states" counts different things in one story: the plaintiffs, and the states with a law
        Conflicts.Claimed plaintiffs = bare("fox", "two", "The two states filed a lawsuit seeking a court order", 1);
        Conflicts.Claimed laws = bare("hpo", "23", "To date, 23 states and the District of Columbia have legalized", 2);
        assertTrue(Conflicts.involved(List.of(plaintiffs, laws), Map.of()).isEmpty());
        Conflicts.Claimed other = bare("nyt", "three", "Three states filed a lawsuit seeking an order", 3);
        assertEquals(2, Conflicts.involved(List.of(plaintiffs, laws, other), Map.of()).size());
        // sentences in one claim group speak of the same thing whatever their words
        Conflicts.Claimed grouped = bare("nyt", "four", "Four of them went to court", 4);
        assertEquals(2, Conflicts.involved(List.of(laws, grouped),
                Map.of("hpo#2", Set.of("g1"), "nyt#4", Set.of("g1"))).size());
    }

    private static Conflicts.Claimed title(String source, String value) {
        return new Conflicts.Claimed(Conflicts.Kind.TITLE, "title of X", source, value, 0, 0, 0, 1, "title", null, true,
                Set.of(), 0);
    }

    private static Conflicts.Claimed date(String source, String value, String around) {
        return new Conflicts.Claimed(Conflicts.Kind.DATE, "date of: g1", source, value, 0, 0, 0, 1, "date", null, true,
                Conflicts.contentWords(around), 0);
    }

    @Test
    void titlesWithTheSameNounAreOneTitle() {
        assertEquals(2, Conflicts.involved(List.of(title("001", "acting foreign minister"),
                title("003", "foreign minister")), Map.of()).size());
        // a senator may be the majority leader too: two roles, no conflict
        assertTrue(Conflicts.involved(List.of(title("fox", "senator"), title("nyt", "majority leader")), Map.of())
                .isEmpty());
        assertEquals("minister", Conflicts.head("acting foreign minister"));
        // a former holder keeps the title in print ("President Clinton"): no contradiction
        assertTrue(Conflicts.involved(List.of(title("fox", "former president"), title("nyt", "president"),
                title("hpo", "ex-president")), Map.of()).isEmpty());
        assertEquals("foreign minister", Conflicts.current("then-foreign minister"));
        // a title cut short is the same title ("Senate Majority Leader Harry Reid" … "the leader" in one article);
        // one that loses a word of rank is not
        assertTrue(Conflicts.titlesAgree("majority leader", "leader"));
        assertTrue(Conflicts.titlesAgree("foreign minister", "minister"));
        assertFalse(Conflicts.titlesAgree("acting foreign minister", "foreign minister"));
        assertFalse(Conflicts.titlesAgree("deputy director", "director"));
        assertFalse(Conflicts.titlesAgree("majority leader", "minority leader"));
    }

    private static Conflicts.Claimed sum(String source, String digits, String words) {
        double[] r = Conflicts.amountRange(digits, 1, null);
        return new Conflicts.Claimed(Conflicts.Kind.AMOUNT, "amount $", source, "$" + digits, r[0], r[1], 0, 1,
                "amount", "$", true, Conflicts.contentWords(words), 0);
    }

    @Test
    void sumsOfOneThingInThreeSourcesAreOneTopic() {
        // each pair shares the words next to the sums, so all three pairs are linked, the last within one set already
        List<Conflicts.Claimed> sums = List.of(sum("fox", "5587.75", "vacation at the Holistic Retreat"),
                sum("hpo", "5687.75", "on Martha's Vineyard Holistic Retreat"),
                sum("nyt", "5587.75", "a stay at the Holistic Retreat"));
        List<Conflicts.Claimed> topics = Conflicts.amountTopics(sums, Map.of(), Map.of(), Map.of());
        assertEquals(1, topics.stream().map(Conflicts.Claimed::topic).distinct().count(), topics.toString());
        assertTrue(topics.get(0).topic().startsWith("amount ($): "), topics.get(0).topic());
        assertEquals(3, Conflicts.involved(topics, Map.of()).size());
    }

    @Test
    void sumsOfMoneyMeanAsMuchAsTheirLastWrittenDigit() {
        // "$700 billion" is how papers round $716 billion; "$800 billion" is not
        double[] r700 = Conflicts.amountRange("700", 1e9, null);
        assertTrue(r700[0] <= 716e9 && 716e9 <= r700[1], java.util.Arrays.toString(r700));
        double[] r800 = Conflicts.amountRange("800", 1e9, null);
        assertTrue(716e9 < r800[0], java.util.Arrays.toString(r800));
        // cents are exact: $5,687.75 and $5,587.75 disagree
        double[] a = Conflicts.amountRange("5687.75", 1, null);
        double[] b = Conflicts.amountRange("5587.75", 1, null);
        assertTrue(a[0] > b[1]);
        // "$1.1 million" covers $1,071,872.87; "$43,000" covers $43,350; "$400,000" does not reach $500,000
        double[] m = Conflicts.amountRange("1.1", 1e6, null);
        assertTrue(m[0] <= 1_071_872.87 && 1_071_872.87 <= m[1]);
        double[] k = Conflicts.amountRange("43000", 1, null);
        assertTrue(k[0] <= 43_350 && 43_350 <= k[1]);
        assertTrue(Conflicts.amountRange("400000", 1, null)[1] < Conflicts.amountRange("500000", 1, null)[0]);
        // a hedge widens the range: "more than $700 billion" has no top
        assertEquals(Double.MAX_VALUE, Conflicts.amountRange("700", 1e9, "more than")[1]);
    }

    @Test
    void sourcesPublishedFarApartAreNotCompared() {
        List<Conflicts.Claimed> values = List.of(title("a", "acting governor"), title("b", "governor"));
        assertEquals(2, Conflicts.involved(values, Map.of(), Map.of("a", java.time.LocalDate.of(2012, 2, 19),
                "b", java.time.LocalDate.of(2012, 2, 20))).size());
        assertTrue(Conflicts.involved(values, Map.of(), Map.of("a", java.time.LocalDate.of(2010, 2, 19),
                "b", java.time.LocalDate.of(2012, 2, 20))).isEmpty(), "titles change in two years");
    }

    @Test
    void datesOfOneEventAreComparedWhereTheirWordsMeet() {
        assertEquals(2, Conflicts.involved(List.of(date("fox", "Friday", "Steve King tweeted"),
                date("hpo", "Thursday", "King tweeted that")), Map.of()).size());
        assertTrue(Conflicts.involved(List.of(date("hpo", "Friday", "staffer apologized"),
                date("nyt", "Monday", "aide resigned")), Map.of()).isEmpty());
    }

    @Test
    void datesOfOneEventNeedAVerbInCommonWhenBothHaveVerbs() {
        // BASIL 2014_96b7046f (the aide's Facebook post): the three dates meet on the story's "Facebook post", but the
        // NYT's Monday is the day she resigned, Fox's Saturday and HuffPost's Friday the day she apologized
        Conflicts.Claimed fox = date("fox", "Saturday", "Congress had to apologize for a Facebook post",
                "director|have||", "|apologize||for post");
        Conflicts.Claimed hpo = date("hpo", "Friday", "A Republican staffer on apologized for a Facebook",
                "staffer|apologize||for post", "post|criticize|appearance|");
        Conflicts.Claimed nyt = date("nyt", "Monday", "congressional aide resigned after her Facebook post",
                "aide|resign||after post", "post|berate|Obama|", "post|become|sensation|");
        List<Conflicts.Claimed> shown = Conflicts.involved(List.of(fox, hpo, nyt), Map.of());
        assertEquals(List.of("fox", "hpo"), shown.stream().map(Conflicts.Claimed::source).toList());
        // with no verbs recorded, the words around the dates decide alone, as before
        assertEquals(2, Conflicts.involved(List.of(date("fox", "Friday", "Steve King tweeted"),
                date("hpo", "Thursday", "King tweeted that", "King|tweet||")), Map.of()).size());
    }

    private static Conflicts.Claimed date(String source, String value, String around, String... roles) {
        Set<String> context = Conflicts.contentWords(around);
        org.crosscheck.model.Claim c = new org.crosscheck.model.Claim("c", source, around, 0, 1, 0, "g1", List.of(),
                null, List.of(), List.of(), null, null, around, null, List.of(roles));
        return new Conflicts.Claimed(Conflicts.Kind.DATE, "date of: g1", source, value, 0, 0, 0, 1, "date", null, true,
                context, 0, Conflicts.verbsOf(c));
    }

    @Test
    void storiesAreFolders() {
        assertEquals("2014_b764", Conflicts.folder("2014_b764/fox"));
        assertTrue(Conflicts.involved(List.of(title("2013_a/nyt", "acting governor"), title("2013_b/fox", "governor")),
                Map.of()).isEmpty(), "two stories");
        assertEquals(2, Conflicts.involved(List.of(title("2013_a/nyt", "acting governor"),
                title("2013_a/fox", "governor")), Map.of()).size());
        assertEquals("", Conflicts.folder("000_c2f8d4d0e22b6142"));
        // who is named around a date is not what happened then
        assertEquals("tweeted on ", Conflicts.lowerCaseWords("Steve King tweeted on Friday"));
    }

    @Test
    void datesByDayMonthAndYear() {
        assertEquals("Monday", Conflicts.dateValue("late on Monday"));
        assertEquals("Oct 18", Conflicts.dateValue("Oct. 18"));
        assertEquals("Oct", Conflicts.dateValue("early October"));
        assertEquals("Aug 9 2011", Conflicts.dateValue("August 9, 2011"));
        assertNull(Conflicts.dateValue("last week"));
        assertNull(Conflicts.dateValue("today"));
        assertTrue(Conflicts.datesAgree("Oct 18", "Oct"));
        assertTrue(Conflicts.datesAgree("Monday", "Oct 18"), "nothing to compare");
        assertFalse(Conflicts.datesAgree("Monday", "Tuesday"));
        assertFalse(Conflicts.datesAgree("Aug 9 2011", "Aug 8"));
    }
}
