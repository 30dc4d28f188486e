package org.crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.crosscheck.model.FileProblem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each input format read from real files written into a temporary folder; no annotation needed. */
class FormatsTest {
    private static final Path SEEDS = Path.of("seeds");
    private static final Path CORPORA = Path.of("../shared/corpora");

    private static String seed(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return Files.readString(p);
        }
    }

    /** The seed's body paragraphs (header block and blank lines left out). */
    private static List<String> seedParagraphs(String prefix) throws IOException {
        List<String> out = new ArrayList<>();
        for (ArticleLayout.Paragraph p : ArticleLayout.parse(seed(prefix)).paragraphs()) {
            out.add(p.text().text());
        }
        return out;
    }

    private static final class Warnings implements Progress {
        final List<String> lines = new ArrayList<>();

        public void start(String phase, int total) { }

        public void step(String item) { }

        public void warn(String message) {
            lines.add(message);
        }

        public void done() { }
    }

    @Test
    void htmlPageGivesTheArticleWithoutNavigationFooterOrScripts(@TempDir Path dir) throws IOException {
        List<String> paras = seedParagraphs("001");
        StringBuilder body = new StringBuilder();
        for (String p : paras.subList(1, paras.size())) {
            body.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
        }
        String html = """
                <!DOCTYPE html><html><head>
                <title>Site name | headline</title>
                <meta property="og:site_name" content="The Daily Test">
                <meta name="author" content="Jane Roe">
                <meta property="article:published_time" content="2025-04-09T10:00:00Z">
                <meta property="og:url" content="https://example.org/story">
                <style>p { color: red }</style><script>var tracking = "Click here to subscribe";</script>
                </head><body>
                <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news and more</a></li></ul></nav>
                <header><p>Breaking: sign up for our daily newsletter today</p></header>
                <main><article>
                <h1>%s</h1>
                <div class="share-bar"><a href="#">Share on Facebook</a></div>
                %s
                <aside><p>Related: an older story about something else entirely</p></aside>
                <figure><img src="a.jpg"><figcaption>A caption under the photo (Photo: Agency)</figcaption></figure>
                </article></main>
                <footer><p>Copyright The Daily Test. All rights reserved.</p></footer>
                </body></html>
                """.formatted(paras.get(0), body);
        Files.writeString(dir.resolve("page.html"), html);
        CorpusReader.Result r = new CorpusReader().read(dir, Progress.SILENT);
        assertEquals(1, r.documents().size(), r.problems().toString());
        RawDocument d = r.documents().get(0);
        assertEquals("page", d.id());
        assertEquals("The Daily Test", d.meta().get("outlet"));
        assertEquals("Jane Roe", d.meta().get("author"));
        assertEquals("2025-04-09T10:00:00Z", d.meta().get("date"));
        assertEquals("https://example.org/story", d.meta().get("url"));
        assertEquals(paras.get(0), d.meta().get("title"));
        for (String gone : List.of("Home", "newsletter", "Share on Facebook", "Related:", "caption", "Copyright",
                "tracking", "color")) {
            assertFalse(d.text().contains(gone), gone + " must not be in the article text");
        }
        assertTrue(d.text().startsWith(paras.get(0) + "\n\n" + paras.get(1)), d.text());
        assertTrue(d.text().endsWith(paras.get(paras.size() - 1)));
        assertTrue(d.notes().stream().anyMatch(n -> n.startsWith(HtmlFileReader.NOTE)));
        // the layout sees the paragraphs, and the page's meta tags as metadata
        ArticleLayout.Layout layout = ArticleLayout.parse(d);
        assertEquals(paras.size(), layout.paragraphs().size());
        assertEquals("The Daily Test", layout.meta().get("outlet"));
    }

    @Test
    void htmlWithoutArticleElementUsesTheBlockWithMostParagraphText(@TempDir Path dir) throws IOException {
        List<String> paras = seedParagraphs("002");
        StringBuilder body = new StringBuilder();
        for (String p : paras.subList(1, paras.size())) {
            body.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>");
        }
        Files.writeString(dir.resolve("x.htm"), "<html><head><title>" + paras.get(0) + "</title></head><body>"
                + "<div id=menu><p>Sections</p><p>Opinion</p></div><div class=content>" + body + "</div>"
                + "<div class=bottom><p>About us</p></div></body></html>");
        RawDocument d = new CorpusReader().read(dir, Progress.SILENT).documents().get(0);
        assertTrue(d.text().startsWith(paras.get(0) + "\n\n" + paras.get(1)), d.text());
        assertFalse(d.text().contains("Sections"));
        assertFalse(d.text().contains("About us"));
    }

    @Test
    void markdownMarksAreLeftOutButOffsetsPointIntoTheFile(@TempDir Path dir) throws IOException {
        String md = """
                ---
                title: "Two Chinese nationals captured"
                outlet: Test Weekly
                tags:
                  - ukraine
                  - china
                ---

                # Two *Chinese* nationals captured

                Ukraine's President **Volodymyr Zelensky** said the men were caught in the
                [Donetsk region](https://example.org/donetsk), according to `Reuters`.

                ![a photo](photo.jpg)

                - First point of a list, with _emphasis_.
                - Second point &amp; more.

                > A quoted paragraph in a block quote.
                """;
        Files.writeString(dir.resolve("story.md"), md);
        RawDocument d = new CorpusReader().read(dir, Progress.SILENT).documents().get(0);
        assertEquals(md, d.text(), "the source text of a Markdown file is the file");
        ArticleLayout.Layout layout = ArticleLayout.parse(d);
        assertEquals("Two Chinese nationals captured", layout.meta().get("title"));
        assertEquals("Test Weekly", layout.meta().get("outlet"));
        assertEquals("ukraine, china", layout.meta().get("tags"));
        List<String> texts = layout.paragraphs().stream().map(p -> p.text().text()).toList();
        assertEquals(List.of("Two Chinese nationals captured",
                "Ukraine's President Volodymyr Zelensky said the men were caught in the Donetsk region, "
                        + "according to Reuters.",
                "First point of a list, with emphasis.", "Second point & more.",
                "A quoted paragraph in a block quote."), texts);
        // every normalised span maps back to the same words in the Markdown file
        NormalizedText p1 = layout.paragraphs().get(1).text();
        int at = p1.text().indexOf("Volodymyr Zelensky");
        assertEquals("Volodymyr Zelensky", md.substring(p1.originalStart(at), p1.originalEnd(at + 18)));
        int region = p1.text().indexOf("Donetsk region");
        assertEquals("Donetsk region", md.substring(p1.originalStart(region), p1.originalEnd(region + 14)));
        int caught = p1.text().indexOf("the Donetsk");
        assertEquals("the\n[Donetsk", md.substring(p1.originalStart(caught), p1.originalEnd(caught + 11)));
    }

    @Test
    void yamlFrontMatterInAPlainTextFile() {
        String text = "---\nauthor: A. Writer\ndate: 2025-04-09\n---\nA headline\n\nThe body says something.\n";
        ArticleLayout.Layout layout = ArticleLayout.parse(text);
        assertEquals(Map.of("author", "A. Writer", "date", "2025-04-09"), layout.meta());
        assertEquals("A headline", layout.paragraphs().get(0).text().text());
    }

    @Test
    void jsonLinesGivesOneSourcePerLineAndReportsBadLines(@TempDir Path dir) throws IOException {
        List<String> paras = seedParagraphs("003");
        String text = String.join("\n", paras.subList(1, paras.size()));
        String good = "{\"id\": \"a1\", \"title\": %s, \"text\": %s, \"outlet\": \"Wire\", \"date\": \"2025-04-09\","
                + " \"url\": \"https://example.org/a1\", \"topics\": [\"war\", \"china\"], \"words\": 123}";
        String json = String.format(good, quote(paras.get(0)), quote(text)) + "\n"
                + "{\"id\": \"a2\", \"title\": \"broken\", \"text\": \"unterminated }\n"
                + "[1, 2, 3]\n"
                + "\n"
                + "{\"id\": \"a3\", \"title\": \"no body\", \"text\": \"  \"}\n"
                + "{\"id\": \"a4\", \"title\": \"no body either\"}\n"
                + String.format(good.replace("a1", "a5"), quote("Second"), quote("A second article, short."))
                + "\n";
        Files.writeString(dir.resolve("wire.jsonl"), json);
        Warnings w = new Warnings();
        CorpusReader.Result r = new CorpusReader().read(dir, w);
        assertEquals(List.of("a1", "a5"), r.documents().stream().map(RawDocument::id).toList());
        RawDocument a1 = r.documents().get(0);
        assertEquals(text, a1.text());
        assertEquals("Wire", a1.meta().get("outlet"));
        assertEquals(paras.get(0), a1.meta().get("title"));
        assertEquals("war, china", a1.meta().get("topics"));
        assertEquals("123", a1.meta().get("words"));
        assertEquals("https://example.org/a1", a1.meta().get("url"));
        // the bad lines by line and column, the empty ones counted once
        assertTrue(w.lines.stream().anyMatch(l -> l.startsWith("wire.jsonl:2:") && l.contains("not valid JSON")),
                w.lines.toString());
        assertTrue(w.lines.stream().anyMatch(l -> l.startsWith("wire.jsonl:3:1: expected a JSON object")),
                w.lines.toString());
        assertTrue(w.lines.stream().anyMatch(l -> l.contains("2 lines have no text (first at line 5)")),
                w.lines.toString());
        assertEquals(3, w.lines.size(), w.lines.toString());
        assertTrue(r.problems().stream().noneMatch(FileProblem::skipped));
    }

    @Test
    void severalJsonLinesFilesPrefixTheirIds(@TempDir Path dir) throws IOException {
        String line = "{\"id\": \"1\", \"text\": \"Some article text that is long enough.\"}\n";
        Files.writeString(dir.resolve("a.jsonl"), line + line.replace("\"1\"", "\"2\""));
        Files.writeString(dir.resolve("b.jsonl"), line + line);
        List<String> ids = new CorpusReader().read(dir, Progress.SILENT).documents().stream()
                .map(RawDocument::id).toList();
        assertEquals(List.of("a/1", "a/2", "b/1", "b/1#2"), ids);
    }

    @Test
    void pdfTextIsExtractedAndItsHardWrapsRepaired(@TempDir Path dir) throws IOException {
        List<String> paras = seedParagraphs("000");
        String headline = paras.get(0);
        List<String> body = paras.subList(1, 4);
        Path pdf = dir.resolve("report.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 10);
                cs.setLeading(13);
                cs.newLineAtOffset(50, 740);
                for (String p : java.util.stream.Stream.concat(Stream.of(headline), body.stream()).toList()) {
                    for (String line : wrap(ascii(p), 80)) {
                        cs.showText(line);
                        cs.newLine();
                    }
                    cs.newLine(); // a gap between paragraphs
                }
                cs.endText();
            }
            PDDocumentInformation info = new PDDocumentInformation();
            info.setTitle(ascii(headline));
            info.setAuthor("A. Reporter");
            doc.setDocumentInformation(info);
            doc.save(pdf.toFile());
        }
        RawDocument d = new CorpusReader().read(dir, Progress.SILENT).documents().get(0);
        assertEquals("A. Reporter", d.meta().get("author"));
        assertTrue(d.notes().contains(PdfFileReader.NOTE));
        ArticleLayout.Layout layout = ArticleLayout.parse(d);
        assertTrue(layout.wrapped(), "the PDF lines are hard-wrapped");
        List<String> texts = layout.paragraphs().stream().map(p -> p.text().text()).toList();
        assertEquals(1 + body.size(), texts.size(), texts.toString());
        for (int i = 0; i < body.size(); i++) {
            assertEquals(TextNormalizerTestSupport.normalise(ascii(body.get(i))), texts.get(i + 1));
        }
    }

    @Test
    void linkedFoldersAreReadAndLoopsOrDeadLinksReported(@TempDir Path dir) throws IOException {
        // a corpus assembled from links to story folders elsewhere, as one builds a selection of BASIL events
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere/event-1"));
        Files.writeString(elsewhere.resolve("fox.txt"), "A headline\n\nSome text of the article.\n");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.createSymbolicLink(corpus.resolve("event-1"), elsewhere);
        Files.createSymbolicLink(corpus.resolve("loop"), corpus);
        Files.createSymbolicLink(corpus.resolve("gone.txt"), dir.resolve("nothing-here.txt"));
        Warnings w = new Warnings();
        CorpusReader.Result r = new CorpusReader().read(corpus, w);
        assertEquals(List.of("event-1/fox.txt"), r.documents().stream().map(RawDocument::path).toList());
        assertEquals(Set.of("loop", "gone.txt"), r.problems().stream().map(FileProblem::path).collect(Collectors.toSet()));
        assertTrue(r.problems().stream().allMatch(FileProblem::skipped));
        assertTrue(w.lines.stream().anyMatch(l -> l.startsWith("loop: a link back to a folder above it")), w.lines.toString());
    }

    @Test
    void unreadableFilesAreReportedAndSkipped(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("broken.pdf"), "%PDF-1.4 this is not really a PDF".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(dir.resolve("ok.txt"), "A headline\n\nSome text of the article.\n");
        CorpusReader.Result r = new CorpusReader().read(dir, Progress.SILENT);
        assertEquals(List.of("ok"), r.documents().stream().map(RawDocument::id).toList());
        assertEquals(1, r.problems().size());
        assertEquals("broken.pdf", r.problems().get(0).path());
        assertTrue(r.problems().get(0).skipped());
    }

    @Test
    void latin1BbcFileIsReadWithTheFallback() throws Exception {
        Path bbc = CORPORA.resolve("bbc/sport");
        Assumptions.assumeTrue(Files.isDirectory(bbc), "../shared/corpora/bbc is absent: skipped");
        RawDocument d = new TextFileReader().read(bbc.resolve("199.txt"), "sport/199.txt").get(0);
        assertTrue(d.notes().contains(Decoder.FALLBACK_NOTE));
        assertFalse(d.text().contains("\uFFFD"), "no replacement characters");
        assertTrue(d.text().chars().anyMatch(c -> c > 127 && Character.isLetter(c)) || d.text().contains("\u00A3"),
                "the Latin-1 characters are decoded");
    }

    @Test
    void basilEventsHaveHeaderMetadataAndUniqueIds() throws IOException {
        Path basil = CORPORA.resolve("basil-dev");
        Assumptions.assumeTrue(Files.isDirectory(basil), "../shared/corpora/basil-dev is absent: skipped");
        List<Path> events;
        try (Stream<Path> s = Files.list(basil)) {
            events = s.filter(Files::isDirectory).sorted().limit(2).toList();
        }
        // a corpus of two event folders: every folder has fox.txt, hpo.txt, nyt.txt
        Path dir = Files.createTempDirectory("basil2");
        try {
            for (Path e : events) {
                Path to = dir.resolve(e.getFileName());
                Files.createDirectories(to);
                try (Stream<Path> s = Files.list(e)) {
                    for (Path f : s.toList()) {
                        Files.copy(f, to.resolve(f.getFileName()));
                    }
                }
            }
            CorpusReader.Result r = new CorpusReader().read(dir, Progress.SILENT);
            assertEquals(6, r.documents().size());
            Set<String> ids = r.documents().stream().map(RawDocument::id).collect(Collectors.toSet());
            assertEquals(6, ids.size());
            assertTrue(ids.contains(events.get(0).getFileName() + "/fox"), ids.toString());
            Set<String> outlets = new HashSet<>();
            for (RawDocument d : r.documents()) {
                ArticleLayout.Layout layout = ArticleLayout.parse(d);
                outlets.add(layout.meta().get("outlet"));
                assertTrue(layout.meta().containsKey("title"), d.id());
                assertTrue(layout.meta().containsKey("url"), d.id());
                assertFalse(layout.paragraphs().get(0).text().text().startsWith("Outlet:"));
            }
            assertEquals(Set.of("Fox News", "New York Times", "HuffPost"), outlets);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** The standard PDF fonts only have WinAnsi characters: curly quotes and dashes as their plain forms. */
    private static String ascii(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace("\u2014", "-").replace("\u2013", "-").replaceAll("[^\\x20-\\x7E]", "");
    }

    private static List<String> wrap(String s, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String w : s.split(" ")) {
            if (cur.length() + w.length() + 1 > width && !cur.isEmpty()) {
                lines.add(cur.toString());
                cur.setLength(0);
            }
            if (!cur.isEmpty()) {
                cur.append(' ');
            }
            cur.append(w);
        }
        lines.add(cur.toString());
        return lines;
    }

    /** Normalisation as the layout applies it, for comparing expected paragraph texts. */
    static final class TextNormalizerTestSupport {
        static String normalise(String s) {
            NormalizedText.Builder b = NormalizedText.builder();
            TextNormalizer.append(s, 0, s.length(), b);
            return b.build().text();
        }
    }
}
