package org.crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.model.FileProblem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading, decoding, normalising and laying out articles, without the language models. */
class IngestTest {
    static final Path SEEDS = Path.of("seeds");

    static String seed(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(p, StandardCharsets.UTF_8);
        }
    }

    @Test
    void pdfTextIsDetectedAsHardWrappedAndJoined() throws IOException {
        String text = seed("004");
        ArticleLayout.Layout layout = ArticleLayout.parse(text);
        assertTrue(layout.wrapped(), "004 is hard-wrapped PDF text");
        ArticleLayout.Paragraph headline = layout.paragraphs().get(0);
        assertEquals("Zelensky Says Ukrainian Troops Captured Chinese Nationals Fighting for Russia",
                headline.text().text(), "the headline broken over three lines is one paragraph");
        ArticleLayout.Paragraph lead = layout.paragraphs().stream()
                .filter(p -> p.text().text().startsWith("Ukrainian President Volodymyr Zelensky said Tuesday"))
                .findFirst().orElseThrow();
        String t = lead.text().text();
        assertTrue(t.contains("captured two Chinese citizens fighting"), t);
        assertFalse(t.contains("\n"));
        // the joined paragraph maps back onto the original lines, line breaks included
        String original = text.substring(lead.text().originalStart(0), lead.text().originalEnd(t.length()));
        assertTrue(original.contains("two\nChinese citizens"), original);
        assertTrue(original.endsWith("Ukraine\u2019s allies."), original);
    }

    @Test
    void onePerLineFilesAreNotTreatedAsWrapped() throws IOException {
        for (String s : List.of("000", "001", "002", "003")) {
            ArticleLayout.Layout layout = ArticleLayout.parse(seed(s));
            assertFalse(layout.wrapped(), s);
            long lines = seed(s).lines().filter(l -> !l.isBlank()).count();
            assertEquals(lines, layout.paragraphs().size(), s + ": one paragraph per line");
        }
    }

    @Test
    void normalisationKeepsOffsetsIntoTheOriginal() {
        String original = "He called it a \u201Cclear signal\u201D \u2014 Russia\u2019s\u00A0war.";
        NormalizedText.Builder b = NormalizedText.builder();
        TextNormalizer.append(original, 0, original.length(), b);
        NormalizedText n = b.build();
        assertEquals("He called it a \"clear signal\" - Russia's war.", n.text());
        int s = n.text().indexOf('"');
        int e = n.text().indexOf('"', s + 1) + 1;
        assertEquals("\u201Cclear signal\u201D", original.substring(n.originalStart(s), n.originalEnd(e)));
        int r = n.text().indexOf("Russia's");
        assertEquals("Russia\u2019s", original.substring(n.originalStart(r), n.originalEnd(r + 8)));
    }

    @Test
    void dashGluedToWordsBecomesASeparateToken() {
        String original = "China\u2014whether directly\u2014in 2010\u20132014";
        NormalizedText.Builder b = NormalizedText.builder();
        TextNormalizer.append(original, 0, original.length(), b);
        assertEquals("China - whether directly - in 2010-2014", b.build().text());
    }

    @Test
    void combiningMarksAreComposed() {
        String original = "charge\u0301 d\u2019affaires";
        NormalizedText.Builder b = NormalizedText.builder();
        TextNormalizer.append(original, 0, original.length(), b);
        NormalizedText n = b.build();
        assertEquals("charg\u00E9 d'affaires", n.text());
        assertEquals(original, original.substring(n.originalStart(0), n.originalEnd(n.length())));
    }

    @Test
    void metadataHeaderGoesToMetaNotText() {
        String text = "Outlet: Example News\nTitle: A Title Here\nDate: 2012-08-21\n\nFirst paragraph.\n\nSecond one.\n";
        ArticleLayout.Layout layout = ArticleLayout.parse(text);
        assertEquals("Example News", layout.meta().get("outlet"));
        assertEquals("A Title Here", layout.meta().get("title"));
        assertEquals(2, layout.paragraphs().size());
        NormalizedText first = layout.paragraphs().get(0).text();
        assertEquals("First paragraph.", text.substring(first.originalStart(0), first.originalEnd(first.length())));
    }

    @Test
    void aRelatedLineAloneIsNotAHeader() {
        ArticleLayout.Layout layout = ArticleLayout.parse("Related: something else\n\nBody text here.\n");
        assertTrue(layout.meta().isEmpty());
        assertEquals(2, layout.paragraphs().size());
    }

    @Test
    void windows1252FallbackAndEmptyFilesAreReported(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("a_latin.txt"),
                "Caf\u00E9 owners said it\u2019s over.".getBytes(Charset.forName("windows-1252")));
        Files.write(dir.resolve("b_empty.txt"), new byte[0]);
        Files.writeString(dir.resolve("c_blank.md"), "  \n\n \t\n");
        Files.writeString(dir.resolve("d_ok.txt"), "Fine text.\n");
        Files.writeString(dir.resolve("e_ignored.csv"), "a,b\n");
        List<String> warnings = new ArrayList<>();
        CorpusReader.Result r = new CorpusReader().read(dir, recording(warnings));
        assertEquals(List.of("a_latin", "d_ok"), r.documents().stream().map(RawDocument::id).toList());
        assertEquals("Caf\u00E9 owners said it\u2019s over.", r.documents().get(0).text());
        FileProblem latin = problem(r, "a_latin.txt");
        assertEquals("not UTF-8: read as windows-1252", latin.message());
        assertFalse(latin.skipped());
        assertTrue(problem(r, "b_empty.txt").skipped());
        assertTrue(problem(r, "b_empty.txt").message().contains("empty"));
        assertTrue(problem(r, "c_blank.md").skipped());
        assertTrue(problem(r, "e_ignored.csv").message().contains("not a format crosscheck reads (.csv"));
        assertEquals(4, warnings.size(), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("b_empty.txt")));
    }

    /** Files no reader takes are reported, one line per extension, never dropped without a word. */
    @Test
    void filesInFormatsNotReadAreReportedOnceAnExtension(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("ann"));
        Files.createDirectories(dir.resolve("text"));
        Files.writeString(dir.resolve("text/a.txt"), "The mayor said the bridge will reopen in May.\n");
        for (String n : List.of("a", "b", "c")) {
            Files.writeString(dir.resolve("ann/" + n + ".ann"), "T1\tSource 0 9\tThe mayor\n");
        }
        Files.writeString(dir.resolve("notes.docx"), "PK");
        Files.writeString(dir.resolve("COPYING"), "GNU General Public License\n");
        Files.writeString(dir.resolve("Makefile"), "all:\n");
        Files.writeString(dir.resolve(".DS_Store"), "x");
        List<String> warnings = new ArrayList<>();
        CorpusReader.Result r = new CorpusReader().read(dir, recording(warnings));
        assertEquals(List.of("a"), r.documents().stream().map(RawDocument::id).toList());
        FileProblem ann = problem(r, "ann/a.ann and 2 more files ending in .ann");
        assertTrue(ann.skipped());
        assertTrue(ann.message().startsWith("not a format crosscheck reads (.ann;"), ann.message());
        assertTrue(problem(r, "notes.docx").message().contains("(.docx;"));
        assertTrue(problem(r, "COPYING").message().contains("documentation"));
        assertTrue(problem(r, "Makefile").message().contains("(a name without an extension;"));
        assertEquals(4, r.problems().size(), r.problems().toString());
        assertEquals(4, warnings.size(), warnings.toString());
    }

    /** Binary data under a text extension is skipped with its reason; UTF-16 with a byte-order mark is text. */
    @Test
    void binaryDataIsSkippedAndUtf16IsRead(@TempDir Path dir) throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        Files.write(dir.resolve("a_image.txt"), png);
        byte[] noise = new byte[4000];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (1 + (i * 7919) % 255); // every byte value but NUL, control bytes among them
        }
        Files.write(dir.resolve("b_noise.html"), noise);
        String said = "Caf\u00E9 owners said it\u2019s over.";
        Files.write(dir.resolve("c_utf16.txt"), ("\uFEFF" + said).getBytes(StandardCharsets.UTF_16LE));
        Files.writeString(dir.resolve("d_formfeed.txt"), "Page one said this.\f\nPage two said that.\n");
        List<String> warnings = new ArrayList<>();
        CorpusReader.Result r = new CorpusReader().read(dir, recording(warnings));
        assertEquals(List.of("c_utf16", "d_formfeed"), r.documents().stream().map(RawDocument::id).toList());
        assertEquals(said, r.documents().get(0).text());
        for (String f : List.of("a_image.txt", "b_noise.html")) {
            assertTrue(problem(r, f).skipped(), f);
            assertTrue(problem(r, f).message().startsWith("binary data, not text"), problem(r, f).message());
        }
        assertEquals(2, warnings.size(), warnings.toString());
    }

    @Test
    void theCorpusDocumentationIsReportedAndNotReadAsAnArticle(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("event1"));
        Files.writeString(dir.resolve("README.BASIL.md"), "# BASIL\n\nThis folder holds 50 events.\n");
        Files.writeString(dir.resolve("LICENSE.txt"), "Creative Commons Attribution.\n");
        Files.writeString(dir.resolve("event1/fox.txt"), "The senator said he would run.\n");
        Files.writeString(dir.resolve("event1/readme_notes.txt"), "Collected in 2019.\n");
        List<String> warnings = new ArrayList<>();
        CorpusReader.Result r = new CorpusReader().read(dir, recording(warnings));
        assertEquals(List.of("fox"), r.documents().stream().map(RawDocument::id).toList());
        for (String f : List.of("README.BASIL.md", "LICENSE.txt", "event1/readme_notes.txt")) {
            assertTrue(problem(r, f).skipped(), f);
            assertTrue(problem(r, f).message().contains("documentation"), f);
        }
        assertEquals(3, warnings.size(), warnings.toString());
    }

    @Test
    void sameFileNamesInSubfoldersGetDistinctIds(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("x"));
        Files.createDirectories(dir.resolve("y"));
        Files.writeString(dir.resolve("x/fox.txt"), "One.\n");
        Files.writeString(dir.resolve("y/fox.txt"), "Two.\n");
        Files.writeString(dir.resolve("y/nyt.txt"), "Three.\n");
        CorpusReader.Result r = new CorpusReader().read(dir, Progress.SILENT);
        assertEquals(List.of("x/fox", "y/fox", "nyt"), r.documents().stream().map(RawDocument::id).toList());
    }

    @Test
    void basilHeadersAreRead() throws IOException {
        Path basil = Path.of("../shared/corpora/basil-dev");
        Assumptions.assumeTrue(Files.isDirectory(basil), "../shared/corpora/basil-dev is absent: skipped");
        Path file;
        try (Stream<Path> s = Files.walk(basil)) {
            file = s.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
        ArticleLayout.Layout layout = ArticleLayout.parse(Files.readString(file));
        assertNotNull(layout.meta().get("title"), file.toString());
        assertNotNull(layout.meta().get("outlet"), file.toString());
        assertFalse(layout.wrapped());
        assertFalse(layout.paragraphs().get(0).text().text().startsWith("Outlet:"));
    }

    private static FileProblem problem(CorpusReader.Result r, String path) {
        return r.problems().stream().filter(p -> p.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem reported for " + path + ": " + r.problems()));
    }

    static Progress recording(List<String> warnings) {
        return new Progress() {
            public void start(String phase, int total) { }

            public void step(String item) { }

            public void warn(String message) {
                warnings.add(message);
            }

            public void done() { }
        };
    }
}
