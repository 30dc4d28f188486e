package org.crosscheck.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.annotate.CorpusBuilder;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.CorpusModel;
import org.crosscheck.model.Entity;
import org.crosscheck.model.IndexStore;
import org.crosscheck.model.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluator on the seed corpus as ingested and annotated for real, through the Lucene index. */
class EvaluatorSeedsTest {
    @TempDir
    static Path tmp;
    static CorpusModel model;
    static Map<String, String> texts = new HashMap<>();
    static final Map<String, Table> kept = new HashMap<>();

    @BeforeAll
    static void build() throws IOException {
        Corpus corpus = CorpusBuilder.build(Path.of("seeds"), Progress.SILENT);
        IndexStore.write(corpus, tmp.resolve("index"), "seeds", Progress.SILENT);
        model = IndexStore.open(tmp.resolve("index"));
        for (Source s : model.sources()) {
            texts.put(s.id(), s.text());
        }
    }

    @AfterAll
    static void close() {
        if (model != null) {
            model.close();
        }
    }

    static Table run(String query) throws QueryException {
        return Queries.run(model, query, kept);
    }

    static List<Object> column(Table t, String name) {
        int i = t.indexOf(name);
        assertTrue(i >= 0, "no column " + name + " in " + t.columns());
        return t.rows().stream().map(r -> r.get(i)).toList();
    }

    static Set<String> prefixes(List<Object> ids) {
        Set<String> out = new LinkedHashSet<>();
        for (Object id : ids) {
            out.add(id.toString().substring(0, 3));
        }
        return out;
    }

    static int count(String query) throws QueryException {
        return ((Number) run(query + " | count").rows().get(0).get(0)).intValue();
    }

    /** Every passage of every row quotes the source text at its offsets. */
    static void passagesPointIntoTheText(Table t) {
        for (Row r : t.rows()) {
            assertFalse(r.why().rule().isBlank(), "a rule for every row");
            for (Passage p : r.why().passages()) {
                assertEquals(texts.get(p.source()).substring(p.start(), p.end()), p.text());
            }
        }
    }

    /**
     * A name with no letters or digits once made the evaluator search for "" as a whole word, a loop that never
     * ended (found by fuzzing, {@link QueryFuzzTest}): now it is an error that points at the name.
     */
    @Test
    void anEmptyNameIsAnErrorNotAHang() {
        for (String query : List.of("mentions of \" \"", "aliases of \"  \"", "quotes by \"\"",
                "claims about \" \"")) {
            QueryException e = assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                    () -> assertThrows(QueryException.class, () -> run(query)), query);
            assertTrue(e.getMessage().contains("empty name"), query + " → " + e.getMessage());
            assertTrue(e.column() > 1, query + " → column " + e.column());
        }
    }

    @Test
    void sybihaIsMentionedIn001To003() throws QueryException {
        Table t = run("mentions of Sybiha");
        assertEquals(List.of("source", "text", "start", "end"),
                t.columns().subList(0, 4).stream().map(Column::name).toList());
        assertEquals(Set.of("001", "002", "003"), prefixes(column(t, "source")));
        passagesPointIntoTheText(t);
        for (Row r : t.rows()) {
            String text = texts.get((String) r.get(0));
            assertEquals(r.get(1), text.substring((Integer) r.get(2), (Integer) r.get(3)));
        }
        assertEquals(Set.of("001", "002", "003"), prefixes(column(run("mentions of sybiha | group by source"),
                "source")));
    }

    @Test
    void quotesByZelenskyAreAllHis() throws QueryException {
        Table t = run("quotes by Zelensky");
        assertFalse(t.rows().isEmpty());
        for (Object speaker : column(t, "speaker")) {
            assertTrue(speaker.toString().toLowerCase(Locale.ROOT).contains("zelensk"), speaker.toString());
        }
        passagesPointIntoTheText(t);
        assertEquals(t.rows().size(), count("quotes by zelenskyy"), "either spelling names the same person");
        assertTrue(count("quotes") >= t.rows().size());
    }

    @Test
    void quotesAndClaimsInOneSource() throws QueryException {
        for (Object s : column(run("quotes in 002"), "source")) {
            assertTrue(s.toString().startsWith("002"));
        }
        assertEquals(count("quotes in 002"), count("quotes | where source = 002"), "an id prefix names the source");
        assertEquals(count("quotes") - count("quotes in 002"), count("quotes where source != 002"));
        Table claims = run("claims in 002");
        assertFalse(claims.rows().isEmpty());
        for (Object sources : column(claims, "sources")) {
            assertTrue(prefixes((List<Object>) sources).contains("002"));
        }
        passagesPointIntoTheText(claims);
    }

    @Test
    void aBlankValueEqualsTheEmptyString() throws QueryException {
        Table none = run("quotes | where channel = \"\"");
        Table some = run("quotes | where channel != \"\"");
        assertFalse(none.rows().isEmpty());
        assertFalse(some.rows().isEmpty());
        for (Object c : column(none, "channel")) {
            assertTrue(c == null || c.toString().isEmpty(), String.valueOf(c));
        }
        for (Object c : column(some, "channel")) {
            assertFalse(c == null || c.toString().isEmpty());
        }
        assertEquals(count("quotes"), none.rows().size() + some.rows().size());
    }

    @Test
    void claimsAboutBelgorodRestOnClaimsThatMentionIt() throws QueryException {
        Table t = run("claims about Belgorod");
        assertFalse(t.rows().isEmpty());
        assertEquals(List.of("id", "text", "sources"), t.columns().subList(0, 3).stream().map(Column::name).toList());
        for (Row r : t.rows()) {
            assertTrue(r.why().passages().stream().anyMatch(p -> p.text().contains("Belgorod")),
                    "a member claim names Belgorod: " + r.why());
        }
        run("let bel = claims about Belgorod");
        assertEquals(t.rows().size(), count("bel"));
    }

    @Test
    void bankCardsAreFoundInFourSources() throws QueryException {
        Table t = run("search \"bank cards\"");
        assertEquals(4, prefixes(column(t, "source")).size());
        passagesPointIntoTheText(t);
        assertEquals(Set.of("002"), prefixes(column(run("search \"six Chinese soldiers\""), "source")));
    }

    @Test
    void aMatchInsideAHyphenatedWordShowsTheWholeWord() throws QueryException {
        // 001: "Russia's full-scale invasion"; the index splits "full-scale", the match column should not
        Table t = run("search \"* invasion\" | where match ~ \"scale\"");
        assertEquals(List.of("full-scale invasion"), column(t, "match").stream().map(Object::toString).distinct().toList());
        passagesPointIntoTheText(t);
        assertEquals(List.of("full-scale"), column(run("search scale"), "match").stream().map(Object::toString)
                .distinct().toList());
    }

    @Test
    void entitiesOfOneTypeAndListColumns() throws QueryException {
        Table persons = run("entities where type = person");
        assertFalse(persons.rows().isEmpty());
        for (Object type : column(persons, "type")) {
            assertEquals("PERSON", type);
        }
        Table places = run("entities where type = place");
        for (Object type : column(places, "type")) {
            assertTrue(Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE").contains(type), type.toString());
        }
        Table wide = run("entities | where sources >= 3 | sort by sources desc, name");
        List<Object> lists = column(wide, "sources");
        for (int i = 0; i < lists.size(); i++) {
            int n = ((List<?>) lists.get(i)).size();
            assertTrue(n >= 3);
            if (i > 0) {
                assertTrue(((List<?>) lists.get(i - 1)).size() >= n);
            }
        }
        long expected = model.entities().stream().filter(e -> e.sources().size() >= 3).count();
        assertEquals(expected, wide.rows().size());
        Entity any = model.entities().get(0);
        assertEquals(1, count("entities where id = " + any.id()));
    }

    @Test
    void entitiesListNamesBeforeTitlesAndValues() throws QueryException {
        Table all = run("entities");
        List<Object> kinds = column(all, "kind");
        assertEquals(model.entities().size(), kinds.size());
        List<String> order = List.of("name", "title", "value");
        for (int i = 1; i < kinds.size(); i++) {
            assertTrue(order.indexOf(kinds.get(i - 1)) <= order.indexOf(kinds.get(i)), kinds.toString());
        }
        // the first rows are the names every outlet uses; numbers such as "two" are values, listed after the names
        assertEquals("name", kinds.get(0));
        assertEquals(5, ((List<?>) column(all, "sources").get(0)).size());
        assertTrue(column(run("entities where kind = value"), "type").contains("NUMBER"));
        assertTrue(column(run("entities where kind = name"), "name").contains("Volodymyr Zelensky"));
        // common nouns that NER's fine-grained classes tag ("war") are not entities
        assertFalse(column(all, "type").contains("CAUSE_OF_DEATH"));
    }

    @Test
    void unknownEntitiesNameTheCloseOnes() {
        QueryException e = assertThrows(QueryException.class, () -> run("mentions of Sybihaa"));
        assertTrue(e.getMessage().startsWith("no entity named 'Sybihaa'; close: "), e.getMessage());
        assertTrue(e.getMessage().contains("Sybiha"), e.getMessage());
        assertEquals(13, e.column());
    }

    @Test
    void boilerplateSentencesAreOutOfTheSearch() throws QueryException {
        Table boiler = run("sentences where boilerplate");
        for (Row r : boiler.rows()) {
            assertTrue(r.get(boiler.indexOf("reason")) != null);
        }
        passagesPointIntoTheText(run("sentences in 004"));
    }

    @Test
    void completionOffersTheCorpusNames() throws QueryException {
        Vocabulary v = Vocabulary.of(model, () -> List.of("bel"));
        List<String> offered = QueryLanguage.complete("mentions of Syb", v).stream().map(Suggestion::value).toList();
        assertEquals(List.of("Sybiha"), offered, "a later word of a name counts too");
        assertEquals(count("mentions of Andrii Sybiha"), count("mentions of Sybiha"));
        assertTrue(QueryLanguage.complete("quotes by Zelenskyy", v).stream()
                .anyMatch(s -> s.value().equals("Zelenskyy")));
        assertTrue(QueryLanguage.complete("quotes in 00", v).stream().map(Suggestion::value).toList()
                .containsAll(texts.keySet()));
    }
}
