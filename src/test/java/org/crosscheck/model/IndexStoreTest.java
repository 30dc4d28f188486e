package org.crosscheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.crosscheck.ingest.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Lucene store on its own: the seed articles, one sentence per line (no annotation), written, reopened and
 * searched. Offsets of every hit must point at the matched words in the original file text.
 */
class IndexStoreTest {
    @TempDir
    static Path tmp;
    static Corpus corpus;

    @BeforeAll
    static void readSeeds() throws IOException {
        List<Source> sources = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            files = s.sorted().toList();
        }
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String id = f.getFileName().toString().replaceFirst("\\.txt$", "");
            sources.add(new Source(id, f.getFileName().toString(), text.lines().findFirst().orElse(""), 0, Map.of(), text, List.of()));
            int start = 0;
            int index = 0;
            for (String line : text.split("\n", -1)) {
                if (!line.isBlank()) {
                    // lines that sell something are the test's stand-in for boilerplate detection
                    String boiler = line.contains("Paywall") ? "promotion" : null;
                    sentences.add(new Sentence(id, index++, index, start, start + line.length(), line, boiler));
                }
                start += line.length() + 1;
            }
        }
        corpus = new Corpus(sources, sentences, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new FileProblem("broken.txt", "empty file: skipped", true)));
    }

    private static CorpusModel written(String name, String fingerprint) throws IOException {
        Path dir = tmp.resolve(name);
        if (IndexStore.storedFingerprint(dir).isEmpty()) {
            IndexStore.write(corpus, dir, fingerprint, Progress.SILENT);
        }
        return IndexStore.open(dir);
    }

    @Test
    void recordsSurviveTheRoundTrip() throws IOException {
        try (CorpusModel m = written("roundtrip", "fp1")) {
            assertEquals(corpus.sources(), m.sources());
            assertEquals(corpus.sentences(), m.sentences());
            assertEquals(corpus.problems(), m.problems());
        }
        assertEquals("fp1", IndexStore.storedFingerprint(tmp.resolve("roundtrip")).orElseThrow());
    }

    @Test
    void claimsKeepTheirClauseFieldsThroughTheRoundTrip() throws IOException {
        Source src = corpus.sources().get(1);
        String text = src.text();
        String said = "Ukrainian President Volodymyr Zelensky said Kiev has captured two Chinese nationals";
        int at = text.indexOf(said);
        Claim clause = new Claim("c1", src.id(), said, at, at + said.length(), 0, "g1", List.of("e1"),
                "Volodymyr Zelensky", List.of(), List.of("2"), "Kiev", "said",
                "Kiev has captured two Chinese nationals", "capture");
        Claim old = new Claim("c2", src.id(), "The prisoners are in the custody of Ukraine's SBU security service.",
                0, 10, 6, "g2", List.of(), null);
        Corpus withClaims = new Corpus(corpus.sources(), corpus.sentences(), List.of(), List.of(), List.of(),
                List.of(clause, old), List.of(new ClaimGroup("g1", said, List.of(src.id()), List.of("c1"), "one"),
                        new ClaimGroup("g2", old.text(), List.of(src.id()), List.of("c2"), "one")), List.of());
        Path dir = tmp.resolve("claims");
        IndexStore.write(withClaims, dir, "fp-claims", Progress.SILENT);
        try (CorpusModel m = IndexStore.open(dir)) {
            assertEquals(withClaims.claims().stream().sorted(java.util.Comparator.comparingInt(Claim::start)).toList(),
                    m.claims());
            Claim back = m.claims().stream().filter(c -> c.id().equals("c1")).findFirst().orElseThrow();
            assertEquals("Kiev", back.subject());
            assertEquals("said", back.cue());
            assertEquals("Kiev has captured two Chinese nationals", back.content());
            // a claim made without content compares by its text
            assertEquals(old.text(), m.claims().stream().filter(c -> c.id().equals("c2")).findFirst().orElseThrow()
                    .content());
        }
    }

    @Test
    void phraseSearchPointsAtTheOriginalText() throws Exception {
        try (CorpusModel m = written("search", "fp")) {
            List<Hit> hits = m.search("\"bank cards\"", 30);
            Set<String> sources = hits.stream().map(Hit::source).collect(Collectors.toSet());
            // 000, 001, 002 (x?) and 003 say "bank cards"; 004 says "bank cards" too ("bank cards and personal data")
            assertTrue(sources.containsAll(Set.of("000_c2f8d4d0e22b6142", "001_c223dd368594db84", "003_22f8d6c5282fd5d4")), sources.toString());
            for (Hit h : hits) {
                String original = text(m, h.source()).substring(h.start(), h.end());
                assertEquals("bank cards", original.toLowerCase().replaceAll("\\s+", " "));
                assertEquals(original.replaceAll("\\s+", " "), h.match());
            }
        }
    }

    @Test
    void proximityWildcardAndFuzzySearch() throws Exception {
        try (CorpusModel m = written("search", "fp")) {
            // "Chinese ... citizens" within three words: "Chinese citizens", "such Chinese citizens"
            assertFalse(m.search("\"chinese citizens\"~3", 20).isEmpty());
            List<Hit> wild = m.search("Chin*", 20);
            assertTrue(wild.stream().allMatch(h -> h.match().toLowerCase().startsWith("chin")));
            Set<String> words = wild.stream().map(h -> h.match().toLowerCase()).collect(Collectors.toSet());
            assertTrue(words.containsAll(Set.of("china", "chinese")), words.toString());
            // one edit away: Zelenskyy~ finds both spellings
            Set<String> spellings = m.search("Zelenskyy~", 20).stream().map(Hit::match).collect(Collectors.toSet());
            assertTrue(spellings.containsAll(Set.of("Zelensky", "Zelenskyy")), spellings.toString());
        }
    }

    @Test
    void aPossessiveIsFoundByItsWord() throws Exception {
        try (CorpusModel m = written("search", "fp")) {
            // "Kyiv’s foreign minister Andrii Sybiha" (002) and "press conference in Kyiv." (004)
            Set<String> matches = m.search("kyiv", 20).stream().map(Hit::match).collect(Collectors.toSet());
            assertTrue(matches.containsAll(Set.of("Kyiv’s", "Kyiv")), matches.toString());
        }
    }

    @Test
    void boilerplateIsNotSearched() throws Exception {
        try (CorpusModel m = written("search", "fp")) {
            assertTrue(m.search("paywall", 20).isEmpty());
        }
    }

    @Test
    void badSearchSyntaxIsReportedWithAColumn() throws Exception {
        try (CorpusModel m = written("search", "fp")) {
            SearchSyntaxException e = assertThrows(SearchSyntaxException.class, () -> m.search("\"bank cards", 20));
            assertTrue(e.getMessage().startsWith("not a valid search"), e.getMessage());
        }
    }

    @Test
    void aFailedWriteLeavesThePreviousIndexUsable() throws IOException {
        Path dir = tmp.resolve("atomic");
        IndexStore.write(corpus, dir, "first", Progress.SILENT);
        // a sentence of a source that does not exist makes the second write fail half-way
        List<Sentence> broken = new ArrayList<>(corpus.sentences());
        broken.add(new Sentence("no-such-source", 0, 0, 0, 1, "x", null));
        Corpus bad = new Corpus(corpus.sources(), broken, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        assertThrows(IllegalArgumentException.class, () -> IndexStore.write(bad, dir, "second", Progress.SILENT));
        assertEquals("first", IndexStore.storedFingerprint(dir).orElseThrow());
        try (CorpusModel m = IndexStore.open(dir)) {
            assertEquals(corpus.sentences().size(), m.sentences().size());
        }
    }

    private static String text(CorpusModel m, String id) {
        return m.sources().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().text();
    }
}
