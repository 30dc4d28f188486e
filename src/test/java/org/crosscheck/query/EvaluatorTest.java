package org.crosscheck.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.CorpusModel;
import org.crosscheck.model.IndexStore;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Source;
import org.crosscheck.query.ast.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluator on the seed articles without annotation: sources, one sentence per non-blank line, written to the
 * Lucene store; and the shaping stages over those tables and over a table of spellings computed from the texts.
 * Expected values are computed here from the files, independently of the evaluator.
 */
class EvaluatorTest {
    @TempDir
    static Path tmp;
    static CorpusModel model;
    static Map<String, String> texts = new LinkedHashMap<>();
    static Table spellings;

    /** Spellings that differ between outlets (Kiev/Kyiv, Zelensky/Zelenskyy …). */
    static final List<String> WORDS = List.of("Kyiv", "Kiev", "Zelensky", "Zelenskyy", "Beijing", "Moscow");

    @BeforeAll
    static void build() throws IOException {
        List<Source> sources = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            files = s.sorted().toList();
        }
        List<Row> rows = new ArrayList<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
            texts.put(id, text);
            String title = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
            sources.add(new Source(id, f.getFileName().toString(), title, text.split("\\s+").length, Map.of(), text,
                    List.of()));
            int start = 0;
            int index = 0;
            for (String line : text.split("\n", -1)) {
                if (!line.isBlank()) {
                    String lower = line.toLowerCase(Locale.ROOT);
                    String boiler = lower.contains("subscribe") || lower.contains("newsletter") ? "promotion" : null;
                    sentences.add(new Sentence(id, index++, index, start, start + line.length(), line, boiler));
                }
                start += line.length() + 1;
            }
            List<Object> found = new ArrayList<>();
            for (String w : WORDS) {
                if (List.of(text.split("[^\\p{L}]+")).contains(w)) {
                    found.add(w);
                }
            }
            rows.add(new Row(List.of(id, found, text.split("\\s+").length), Provenance.NONE));
        }
        spellings = new Table(List.of(new Column("source", Column.Type.TEXT), new Column("names", Column.Type.LIST),
                new Column("words", Column.Type.NUMBER)), rows);
        Corpus corpus = new Corpus(sources, sentences, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
        IndexStore.write(corpus, tmp.resolve("index"), "test", Progress.SILENT);
        model = IndexStore.open(tmp.resolve("index"));
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static final Map<String, Table> KEPT = new HashMap<>();

    static Table run(String query) throws QueryException {
        Evaluator evaluator = new Evaluator(model);
        Table last = null;
        for (Statement s : QueryLanguage.parse(query, "<test>")) {
            last = evaluator.evaluate(s, name -> name.equals("t") ? Optional.of(spellings)
                    : Optional.ofNullable(KEPT.get(name)), new Cancel(), "<test>");
            if (s instanceof org.crosscheck.query.ast.Let let) {
                KEPT.put(let.name(), last);
            }
        }
        return last;
    }

    static List<Object> column(Table t, String name) {
        int i = t.indexOf(name);
        assertTrue(i >= 0, "no column " + name + " in " + t.columns());
        return t.rows().stream().map(r -> r.get(i)).toList();
    }

    static int count(String query) throws QueryException {
        Table t = run(query);
        assertEquals(List.of(new Column("count", Column.Type.NUMBER)), t.columns());
        return ((Number) t.rows().get(0).get(0)).intValue();
    }

    @Test
    void sourcesListEverySourceWithTheRequiredColumns() throws QueryException {
        Table t = run("sources");
        assertEquals(List.of("id", "title", "words"), t.columns().subList(0, 3).stream().map(Column::name).toList());
        assertEquals(List.copyOf(texts.keySet()), column(t, "id"));
        for (Row r : t.rows()) {
            Passage p = r.why().passages().get(0);
            assertEquals(r.get(0), p.source());
            assertEquals(texts.get(p.source()).substring(p.start(), p.end()), p.text());
        }
    }

    @Test
    void searchGivesKeyWordInContextLinesWithOffsetsIntoTheText() throws QueryException {
        Table t = run("search \"bank cards\"");
        assertEquals(List.of("source", "left", "match", "right", "start"),
                t.columns().subList(0, 5).stream().map(Column::name).toList());
        long expectedSources = texts.values().stream()
                .filter(x -> x.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").contains("bank cards")).count();
        assertEquals(4, expectedSources); // the seeds' own fact, checked on the files
        assertEquals(expectedSources, column(t, "source").stream().distinct().count());
        for (Row r : t.rows()) {
            String text = texts.get((String) r.get(0));
            int start = (Integer) r.get(t.indexOf("start"));
            int end = (Integer) r.get(t.indexOf("end"));
            assertEquals(((String) r.get(2)).toLowerCase(Locale.ROOT), text.substring(start, end).toLowerCase(Locale.ROOT));
            assertTrue(r.why().rule().startsWith("full-text match"));
        }
        assertEquals(expectedSources, count("search \"bank cards\" | group by source | count"));
        String some = (String) t.rows().get(t.rows().size() - 1).get(0);
        assertEquals(List.of(some), column(run("search \"bank cards\" in " + some.substring(0, 3)
                + " | group by source"), "source"));
        assertTrue(count("search Chin* | count") > count("search Chinese | count"));
    }

    @Test
    void badSearchSyntaxIsAQueryErrorAtTheSearchText() {
        QueryException e = assertThrows(QueryException.class, () -> run("sources\nsearch '\"bank cards'"));
        assertEquals("<test>", e.origin());
        assertEquals("search '\"bank cards'", e.lineText());
        assertTrue(e.getMessage().startsWith("not a valid search"), e.getMessage());
        assertEquals(2, e.line());
        assertEquals(8, e.column());
    }

    @Test
    void sentencesInASourceAndTheBoilerplateFlag() throws QueryException {
        String first = texts.keySet().iterator().next();
        long lines = texts.get(first).lines().filter(l -> !l.isBlank()).count();
        assertEquals(lines, count("sentences in " + first.substring(0, 3) + " | count"));
        Table boiler = run("sentences where boilerplate");
        assertFalse(boiler.rows().isEmpty());
        for (Object reason : column(boiler, "reason")) {
            assertEquals("promotion", reason);
        }
        assertEquals(count("sentences | count"),
                count("sentences where boilerplate | count") + count("sentences where not boilerplate | count"));
        assertEquals(count("sentences where boilerplate | count"), count("sentences | where boilerplate = true | count"));
    }

    @Test
    void sourceReferencesMustBeUnique() {
        QueryException e = assertThrows(QueryException.class, () -> run("sentences in 0"));
        assertTrue(e.getMessage().startsWith("'0' could be any of: 000_"), e.getMessage());
        assertEquals(14, e.column());
        e = assertThrows(QueryException.class, () -> run("quotes in 9"));
        assertTrue(e.getMessage().startsWith("no source '9'; sources: 000_"), e.getMessage());
    }

    @Test
    void keywordsAndConflictsAreQueriesToo() throws QueryException {
        String last = List.copyOf(texts.keySet()).get(texts.size() - 1);
        Table words = run("keywords in " + last.substring(0, 3) + " | limit 5");
        assertFalse(words.rows().isEmpty());
        String text = texts.get(last).toLowerCase(Locale.ROOT);
        for (Object w : column(words, "word")) {
            assertTrue(text.contains(w.toString().toLowerCase(Locale.ROOT)), w.toString());
        }
        // word choice, not grammar: no pronoun, article, auxiliary or preposition among the key words
        for (String source : texts.keySet()) {
            for (Object w : column(run("keywords in " + source.substring(0, 3)), "word")) {
                assertFalse(Set.of("them", "into", "the", "has", "they", "their", "of", "which").contains(w.toString()),
                        source + ": " + w);
            }
        }
        Table conflicts = run("conflicts");
        assertEquals("topic", conflicts.columns().get(0).name());
    }

    // ---- shaping stages, over the table of spellings

    @Test
    void whereComparesListsBySizeAndTestsElementsWithTilde() throws QueryException {
        List<Integer> sizes = spellings.rows().stream().map(r -> ((List<?>) r.get(1)).size()).toList();
        assertEquals(sizes.stream().filter(n -> n >= 3).count(), count("t | where names >= 3 | count"));
        assertEquals(sizes.stream().filter(n -> n == 2).count(), count("t | where names = 2 | count"));
        long kiev = spellings.rows().stream().filter(r -> ((List<?>) r.get(1)).contains("Kiev")).count();
        assertEquals(kiev, count("t | where names ~ kiev | count"));
        assertEquals(spellings.rows().size() - kiev, count("t | where not names ~ KIEV | count"));
        QueryException e = assertThrows(QueryException.class, () -> run("t | where names > many"));
        assertTrue(e.getMessage().startsWith("'names' is a list"), e.getMessage());
    }

    @Test
    void andOrNotAndParentheses() throws QueryException {
        long expected = spellings.rows().stream().filter(r -> {
            List<?> n = (List<?>) r.get(1);
            return (n.contains("Kyiv") || n.contains("Kiev")) && !n.contains("Zelenskyy");
        }).count();
        assertEquals(expected, count("t | where (names ~ kyiv or names ~ kiev) and not names ~ zelenskyy | count"));
        assertEquals(expected, count("t where (names ~ kyiv or names ~ kiev) and not names ~ zelenskyy | count"));
    }

    @Test
    void sortByListSizeNumbersAndText() throws QueryException {
        List<Object> bySize = column(run("t | sort by names desc, source"), "source");
        List<Object> expected = spellings.rows().stream()
                .sorted(Comparator.comparing((Row r) -> -((List<?>) r.get(1)).size())
                        .thenComparing(r -> (String) r.get(0)))
                .map(r -> r.get(0)).toList();
        assertEquals(expected, bySize);
        List<Object> words = column(run("t | sort by words asc"), "words");
        List<Object> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(o -> (Integer) o));
        assertEquals(sorted, words);
        List<Object> desc = column(run("t | sort by source desc"), "source");
        assertEquals(List.copyOf(texts.keySet()).reversed(), desc);
    }

    @Test
    void limitCountSelectAndGroupBy() throws QueryException {
        assertEquals(2, run("t | limit 2").rows().size());
        assertEquals(texts.size(), run("t | limit 50").rows().size());
        assertEquals(texts.size(), count("t | count"));
        Table selected = run("t | select words, source");
        assertEquals(List.of("words", "source"), selected.columns().stream().map(Column::name).toList());

        Table groups = run("sentences | group by source");
        assertEquals(List.of("source", "count"), groups.columns().stream().map(Column::name).toList());
        Map<String, Long> lines = new HashMap<>();
        texts.forEach((id, text) -> lines.put(id, text.lines().filter(l -> !l.isBlank()).count()));
        for (Row r : groups.rows()) {
            assertEquals(lines.get((String) r.get(0)).intValue(), r.get(1));
            assertEquals(r.get(1), r.why().passages().size());
        }
        List<Object> counts = column(groups, "count");
        for (int i = 1; i < counts.size(); i++) {
            assertTrue((Integer) counts.get(i - 1) >= (Integer) counts.get(i), "largest group first");
        }
        Table two = run("sentences | group by source, boilerplate");
        assertEquals(List.of("source", "boilerplate", "count"), two.columns().stream().map(Column::name).toList());
        assertEquals(count("sentences | count"),
                column(two, "count").stream().mapToInt(o -> (Integer) o).sum());
    }

    @Test
    void namedResultsAndErrors() throws QueryException {
        run("let few = t | where names <= 2");
        assertEquals(count("t | where names <= 2 | count"), count("few | count"));
        QueryException e = assertThrows(QueryException.class, () -> run("quotse | count"));
        assertEquals("no result named 'quotse'; did you mean 'quotes'?", e.getMessage());
        e = assertThrows(QueryException.class, () -> run("t | sort by nmes"));
        assertEquals("no column 'nmes' here; columns: source, names, words", e.getMessage());
        assertEquals(13, e.column());
        e = assertThrows(QueryException.class, () -> run("t | where words > lots"));
        assertEquals("'words' holds numbers: 'lots' is not a number", e.getMessage());
    }

    @Test
    void cancellationStopsTheQuery() throws QueryException {
        Cancel cancel = new Cancel();
        cancel.cancel();
        Statement s = QueryLanguage.parse("sentences | count", "<test>").get(0);
        assertThrows(CancellationException.class, () -> new Evaluator(model).evaluate(s, n -> Optional.empty(), cancel));
    }
}
