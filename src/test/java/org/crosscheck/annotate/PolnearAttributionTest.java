package org.crosscheck.annotate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.crosscheck.ingest.Progress;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Source;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quote speakers measured against the gold attributions of PolNeAR (dev split): for each quote found inside a
 * gold Content span whose Source is a name, is the speaker found the same person? The number of articles is
 * {@code -Dpolnear.files} (default 12).
 */
class PolnearAttributionTest {
    private static final Path POLNEAR = Path.of("../shared/corpora/polnear/dev");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "him", "her",
            "them", "us", "his", "its", "their");

    private record Span(int start, int end) {
    }

    private record Gold(List<Span> content, String source) {
    }

    @Test
    void speakersAgreeWithGoldAttributions(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(POLNEAR), "../shared/corpora/polnear is absent: skipped");
        int n = Integer.getInteger("polnear.files", 12);
        List<Path> texts;
        try (Stream<Path> s = Files.list(POLNEAR.resolve("text"))) {
            texts = s.sorted().limit(n).toList();
        }
        Map<String, List<Gold>> gold = new HashMap<>();
        for (Path t : texts) {
            String base = t.getFileName().toString().replaceFirst("\\.txt$", "");
            Files.copy(t, dir.resolve(base + ".txt"));
            try (Stream<Path> s = Files.list(POLNEAR.resolve("attributions"))) {
                Path ann = s.filter(p -> p.getFileName().toString().startsWith(base)).findFirst().orElse(null);
                if (ann != null) {
                    gold.put(base, readGold(Files.readString(t), Files.readAllLines(ann)));
                }
            }
        }
        Corpus c = CorpusBuilder.build(dir, Progress.SILENT);
        Map<String, Entity> entities = new HashMap<>();
        c.entities().forEach(e -> entities.put(e.id(), e));
        int quotes = 0;
        int inGold = 0;
        int scored = 0;
        int right = 0;
        int none = 0;
        List<String> wrong = new ArrayList<>();
        for (Quote q : c.quotes()) {
            quotes++;
            Gold g = gold.getOrDefault(q.source(), List.of()).stream()
                    .filter(x -> x.content.stream().anyMatch(sp -> sp.start <= q.start() + 1 && sp.end >= q.end() - 1))
                    .findFirst().orElse(null);
            if (g == null) {
                continue;
            }
            inGold++;
            if (g.source == null || PRONOUNS.contains(g.source.toLowerCase(Locale.ROOT)) || !hasName(g.source)) {
                continue;
            }
            scored++;
            if (q.speaker() == null) {
                none++;
                wrong.add(q.source() + " " + q.text() + " | gold: " + g.source + " | found: none (" + q.why() + ")");
            } else if (sameName(g.source, q, entities)) {
                right++;
            } else {
                wrong.add(q.source() + " " + q.text() + " | gold: " + g.source + " | found: " + q.speaker()
                        + " (" + q.why() + ")");
            }
        }
        CorpusBuilder.Timing t = CorpusBuilder.lastTiming();
        System.out.printf("PolNeAR dev, %d articles (%d words): %d quotes, %d inside gold attributions (%.0f%%); "
                        + "speaker right for %d of %d with a named gold source (%.0f%%), none found for %d; "
                        + "annotate %d ms%n", c.sources().size(), c.sources().stream().mapToInt(Source::words).sum(),
                quotes, inGold, 100.0 * inGold / Math.max(1, quotes), right, scored,
                100.0 * right / Math.max(1, scored), none, t.annotate());
        wrong.stream().limit(Integer.getInteger("polnear.show", 15)).forEach(w -> System.out.println("  wrong: " + w));
        assertTrue(quotes > 0);
        assertTrue(inGold >= 0.6 * quotes, "most quotes found lie inside a gold attribution");
        assertTrue(right >= 0.6 * scored, "speaker accuracy " + right + "/" + scored);
    }

    private static boolean hasName(String s) {
        for (String w : s.split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !PRONOUNS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The gold source names the speaker found: some capitalised word of it is in the speaker's names. */
    private static boolean sameName(String goldSource, Quote q, Map<String, Entity> entities) {
        List<String> names = new ArrayList<>();
        names.add(q.speaker());
        Entity e = q.speakerEntity() == null ? null : entities.get(q.speakerEntity());
        if (e != null) {
            names.add(e.name());
            names.addAll(e.aliases());
        }
        String all = String.join(" ", names).toLowerCase(Locale.ROOT);
        for (String w : goldSource.replaceAll("['\u2019]s\\b", "").split("[^\\p{L}]+")) {
            if (w.length() >= 3 && Character.isUpperCase(w.charAt(0))
                    && all.matches("(?s).*\\b" + w.toLowerCase(Locale.ROOT) + "\\b.*")) {
                return true;
            }
        }
        return false;
    }

    private static List<Gold> readGold(String text, List<String> lines) {
        Map<String, String> spanText = new HashMap<>();
        Map<String, List<Span>> spans = new HashMap<>();
        List<Gold> out = new ArrayList<>();
        for (String l : lines) {
            String[] f = l.split("\t");
            if (f.length >= 2 && f[0].startsWith("T")) {
                String[] typeAndSpans = f[1].split(" ", 2);
                List<Span> sp = new ArrayList<>();
                for (String part : typeAndSpans[1].split(";")) {
                    String[] se = part.trim().split(" ");
                    sp.add(new Span(Integer.parseInt(se[0]), Integer.parseInt(se[1])));
                }
                spans.put(f[0], sp);
                spanText.put(f[0], f.length > 2 ? f[2] : text.substring(sp.get(0).start, sp.get(0).end));
            }
        }
        for (String l : lines) {
            String[] f = l.split("\t");
            if (f.length < 2 || !f[0].startsWith("E")) {
                continue;
            }
            List<Span> content = new ArrayList<>();
            String source = null;
            for (String arg : f[1].split(" ")) {
                String[] kv = arg.split(":");
                if (kv.length != 2) {
                    continue;
                }
                if (kv[0].startsWith("Content")) {
                    content.addAll(spans.getOrDefault(kv[1], List.of()));
                } else if (kv[0].startsWith("Source")) {
                    source = spanText.get(kv[1]);
                }
            }
            if (!content.isEmpty()) {
                out.add(new Gold(content, source));
            }
        }
        return out;
    }
}
