package org.crosscheck.query.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.crosscheck.query.Cancel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A source that repeats another's text (a reprint, an updated version) is found by the share of its 8-word runs the
 * other holds; five outlets' own reports of one story, which quote the same words, are not repeats.
 */
class RepeatsTest {
    private static final Path BBC = Path.of("../shared/corpora/bbc");

    private static String read(Path p) throws IOException {
        return new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
    }

    private static Map<String, String> seeds() throws IOException {
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path p : s.sorted().toList()) {
                texts.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return texts;
    }

    @Test
    void fiveOutletsQuotingTheSameWordsDoNotRepeatOneAnother() throws IOException {
        Map<String, String> texts = seeds();
        assertEquals(5, texts.size());
        assertTrue(Repeats.of(texts, new Cancel()).isEmpty(), "each seed is its outlet's own report");
    }

    @Test
    void aReprintAndAShortenedVersionRepeatTheArticle() throws IOException {
        Map<String, String> texts = seeds();
        String first = texts.keySet().iterator().next();
        String article = texts.get(first);
        // the article run again, and again without its second half (an early version or a cut reprint)
        String[] paragraphs = article.strip().split("\n");
        StringBuilder half = new StringBuilder();
        for (int i = 0; i < paragraphs.length / 2; i++) {
            half.append(paragraphs[i]).append("\n");
        }
        texts.put("reprint", article);
        texts.put("cut", half.toString());
        Map<String, Repeats.Repeat> found = Repeats.of(texts, new Cancel());
        assertEquals(100, found.get("reprint").share());
        assertEquals(first, found.get("reprint").of(), "the first of equal holders is named");
        assertEquals(100, found.get(first).share());
        assertEquals(100, found.get("cut").share(), "the cut version lies wholly inside the article");
        assertEquals("reprint", found.get(first).of(), "the full reprint holds more of the article than the cut one");
        for (String other : texts.keySet()) {
            if (!List.of(first, "reprint", "cut").contains(other)) {
                assertNull(found.get(other), other + " is its own report");
            }
        }
        // the article, its reprint and its cut version are one reporting; the other seeds one each
        Map<String, String> reportings = Repeats.reportings(found);
        assertEquals(3, reportings.size());
        assertEquals(1, Set.copyOf(reportings.values()).size());
        List<String> all = List.copyOf(texts.keySet());
        assertEquals(all.size() - 2, Repeats.reportingCount(all, reportings));
        assertEquals(List.of(first + " and reprint repeat each other", "cut repeats " + first),
                Repeats.among(List.of(first, "reprint", "cut"), found));
        assertEquals(List.of(), Repeats.among(List.of("reprint", "cut"), found),
                "neither repeats the other: each repeats the article, which is not among them");
    }

    @Test
    void theBbcCollectionsCopiesAndUpdatesAreFoundAndRelatedStoriesAreNot() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(BBC), "../shared/corpora/bbc is absent: skipped");
        Map<String, String> texts = new LinkedHashMap<>();
        try (Stream<Path> cats = Files.list(BBC)) {
            for (Path cat : cats.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(cat)) {
                    for (Path f : files.sorted().toList()) {
                        texts.put(cat.getFileName() + "/" + f.getFileName(), read(f));
                    }
                }
            }
        }
        Map<String, Repeats.Repeat> found = Repeats.of(texts, new Cancel());
        // one file twice in the collection ("Bookmakers back Aviator for Oscar")
        assertEquals("entertainment/086.txt", found.get("entertainment/328.txt").of());
        assertEquals(100, found.get("entertainment/328.txt").share());
        // "Parties warned over 'grey vote'": a short version wholly inside a longer one that adds paragraphs
        assertEquals("politics/313.txt", found.get("politics/043.txt").of());
        assertEquals(100, found.get("politics/043.txt").share());
        Repeats.Repeat longer = found.get("politics/313.txt");
        assertEquals("politics/043.txt", longer.of());
        assertTrue(longer.share() >= 50 && longer.share() < 80, "the longer version adds its own: " + longer);
        // two reports of the Turkey-EU deal that share quotations and a paragraph are two reports
        assertNull(found.get("politics/161.txt"));
        assertNull(found.get("politics/064.txt"));
        System.out.println("BBC: " + found.size() + " of " + texts.size() + " files repeat another; at 90% or more: "
                + found.values().stream().filter(r -> r.share() >= 90).count());
        assertTrue(found.size() > 150 && found.size() < 400, "the collection's copies: " + found.size());
    }
}
