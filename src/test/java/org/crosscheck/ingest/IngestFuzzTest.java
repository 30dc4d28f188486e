package org.crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing of reading and laying out one file, in each text format crosscheck reads (plain text,
 * Markdown, HTML, JSON Lines): whatever the bytes, the format's reader either returns articles or refuses the file
 * with a reason for the user (never an unexpected exception, which the corpus reader could only report as
 * "unreadable"); a bad JSON Lines line is reported with its line number; and the layout of every article keeps the
 * promise the rest of the pipeline relies on: each character of each paragraph points back into the article's text,
 * in order, at a character it stands for.
 *
 * <p>With the suite, only the saved inputs under {@code src/test/resources/org/crosscheck/ingest/IngestFuzzTestInputs}
 * run; {@code JAZZER_FUZZ=1 mvn test -Dtest=IngestFuzzTest} fuzzes (see {@code docs/ingest.md}).
 */
class IngestFuzzTest {
    private static final java.time.Duration PER_INPUT = java.time.Duration.ofSeconds(120);
    private static final String[] EXTENSIONS = {".txt", ".md", ".html", ".jsonl"};
    private static Path dir;

    @BeforeAll
    static void folder() throws IOException {
        dir = Files.createTempDirectory("crosscheck-ingest-fuzz");
    }

    @AfterAll
    static void clean() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(dir);
    }

    @FuzzTest(maxDuration = "5m")
    void anyFileIsReadOrRefusedWithAReason(FuzzedDataProvider data) {
        // each input has two minutes, in the suite and while fuzzing alike (a JUnit @Timeout would bound a whole
        // fuzzing run): reading one file that never ends is a finding
        assertTimeoutPreemptively(PER_INPUT, () -> check(data));
    }

    private static void check(FuzzedDataProvider data) throws IOException {
        String extension = EXTENSIONS[data.consumeInt(0, EXTENSIONS.length - 1)];
        byte[] bytes = data.consumeBoolean() ? data.consumeRemainingAsBytes()
                : data.consumeRemainingAsString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path file = dir.resolve("article" + extension);
        Files.write(file, bytes);
        DocumentReader reader = CorpusReader.defaultReaders().stream().filter(r -> r.accepts(file)).findFirst()
                .orElseThrow();
        List<DocumentReader.Problem> problems = new ArrayList<>();
        List<RawDocument> docs;
        try {
            docs = reader.read(file, file.getFileName().toString(), problems::add);
        } catch (DocumentReader.SkipFileException e) {
            assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "a skipped file needs a reason");
            return;
        } catch (RuntimeException e) {
            throw new AssertionError(reader.getClass().getSimpleName() + " threw " + e + " on "
                    + bytes.length + " bytes", e);
        }
        for (DocumentReader.Problem p : problems) {
            assertFalse(p.message().isBlank(), "a problem needs a message");
            assertTrue(p.line() >= 0 && p.column() >= 0, "a problem's place: " + p);
        }
        for (RawDocument d : docs) {
            ArticleLayout.Layout layout = ArticleLayout.parse(d);
            pointsBack(d.text(), layout);
        }
    }

    /** Every paragraph character maps to a span of the original text, in order, that holds what it stands for. */
    private static void pointsBack(String original, ArticleLayout.Layout layout) {
        int previousEnd = 0;
        for (ArticleLayout.Paragraph p : layout.paragraphs()) {
            NormalizedText t = p.text();
            int paragraphStart = previousEnd;
            int previousStart = previousEnd;
            for (int i = 0; i < t.length(); i++) {
                int[] span = t.originalSpan(i);
                assertTrue(span[0] >= 0 && span[0] <= span[1] && span[1] <= original.length(),
                        "paragraph " + p.index() + " char " + i + " maps outside the text: " + span[0] + ".."
                                + span[1] + " of " + original.length());
                // one original character may stand for several ("…" → "..."), so spans may repeat, never go back
                assertTrue(span[0] >= previousStart && span[0] >= paragraphStart,
                        "paragraph " + p.index() + " char " + i + " goes back in the text: " + span[0] + ".."
                                + span[1] + " after " + previousStart + ".." + previousEnd);
                previousStart = span[0];
                previousEnd = Math.max(previousEnd, span[1]);
                char c = t.text().charAt(i);
                if (Character.isLetterOrDigit(c) && span[1] > span[0]) {
                    String from = Normalizer.normalize(original.substring(span[0], span[1]), Normalizer.Form.NFKD);
                    String self = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKD);
                    assertTrue(from.contains(self.substring(0, 1)),
                            "paragraph " + p.index() + " char '" + c + "' stands for \"" + original.substring(span[0],
                                    span[1]) + "\"");
                }
            }
            assertFalse(p.text().text().isBlank(), "a blank paragraph was kept");
        }
    }
}
